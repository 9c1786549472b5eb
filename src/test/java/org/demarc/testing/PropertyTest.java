package org.demarc.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.demarc.testing.Property.PropertyFailure;
import org.junit.jupiter.api.Test;

/** The property runner itself: it checks every try, fails with a replayable seed and shrinks to the smallest input. */
class PropertyTest {
    @Test
    void aPassingPropertyChecksEveryTryOnDistinctInputs() {
        Set<Long> seen = new HashSet<>();
        int checked = Property.named("distinct", 500).forAll(Gen.anyLong(), seen::add);
        assertThat(checked).isEqualTo(500);
        // About one in sixteen is an edge case (0, ±1, the extremes), hence some repeats.
        assertThat(seen).hasSizeGreaterThan(440).contains(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Test
    void theSameNameAndBaseSeedGiveTheSameInputs() {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        Property.named("repeatable", 50).forAll(Gen.strings(0, 40), first::add);
        Property.named("repeatable", 50).forAll(Gen.strings(0, 40), second::add);
        List<String> other = new ArrayList<>();
        Property.named("repeatable", 50).withBaseSeed(42).forAll(Gen.strings(0, 40), other::add);
        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void aFailingListPropertyReportsItsSeedAndShrinksToTheSmallestCounterexample() {
        PropertyFailure f = fail(() -> Property.named("noneAbove500", 200)
                .forAll(Gen.ints(0, 1000).list(0, 30), list -> assertThat(list).allMatch(x -> x < 500)));
        assertThat(f.smallest()).isEqualTo(List.of(500));
        assertThat(((List<?>) f.first()).size()).isGreaterThan(1);
        assertThat(f.getMessage()).contains("property noneAbove500 failed (try ")
                .contains("with seed " + f.seed() + " (replay: -Ddemarc.property.seed=" + f.seed() + ")")
                .contains("smallest failing input").contains(": [500]");
        assertThat(f.getCause()).isInstanceOf(AssertionError.class);
    }

    @Test
    void aFailingStringPropertyShrinksToTheShortestSimplestString() {
        PropertyFailure f = fail(() -> Property.named("short", 200)
                .forAll(Gen.strings(0, 40), s -> assertThat(s.length()).isLessThan(5)));
        assertThat(f.smallest()).isEqualTo("aaaaa");
        assertThat(f.getMessage()).contains("\"aaaaa\"");
    }

    @Test
    void shrinkingKeepsTheFailureOfTheOriginalKind() {
        // Inputs over 100 fail with an assertion; the empty string throws another exception, which must not be chosen.
        PropertyFailure f = fail(() -> Property.named("kind", 100).forAll(Gen.strings(0, 40), s -> {
            if (s.isEmpty()) {
                throw new IllegalStateException("another bug");
            }
            assertThat(s.length()).isLessThan(20);
        }));
        assertThat(f.smallest()).isEqualTo("a".repeat(20));
        assertThat(f.getCause()).isInstanceOf(AssertionError.class);
    }

    @Test
    void theReportedSeedReplaysTheFirstFailingInput() {
        Property property = Property.named("replay", 300);
        Gen<String> gen = Gen.strings(0, 40);
        Property.Check<String> noX = s -> assertThat(s).doesNotContain("x");
        PropertyFailure f = fail(() -> property.forAll(gen, noX));
        PropertyFailure again = fail(() -> property.replaying(f.seed()).forAll(gen, noX));
        assertThat(again.first()).isEqualTo(f.first());
        assertThat(again.smallest()).isEqualTo("x");
        assertThat(again.getMessage()).contains("failed (replayed) with seed " + f.seed());
    }

    @Test
    void invisibleCharactersAreEscapedInTheReport() {
        assertThat(Property.describe("a\u0000\u202e\ud800\\b")).isEqualTo("\"a\\u0000\\u202e\\ud800\\\\b\"");
    }

    @Test
    void intsCoverTheRangeAndItsEdges() {
        Set<Integer> seen = new HashSet<>();
        Property.named("edges", 2000).forAll(Gen.ints(-3, 4), seen::add);
        assertThat(seen).containsExactlyInAnyOrder(-3, -2, -1, 0, 1, 2, 3, 4);
        Set<Integer> extremes = new HashSet<>();
        Property.named("extremes", 2000).forAll(Gen.anyInt(), x -> {
            if (x == Integer.MIN_VALUE || x == Integer.MAX_VALUE) {
                extremes.add(x);
            }
        });
        assertThat(extremes).containsExactlyInAnyOrder(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    @Test
    void listLengthsSpanTheirWholeRange() {
        Set<Integer> lengths = new HashSet<>();
        Property.named("lengths", 2000).forAll(Gen.booleans().list(2, 9), l -> lengths.add(l.size()));
        assertThat(lengths).containsExactlyInAnyOrder(2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void aGeneratorThatCannotSatisfyItsFilterIsAnError() {
        assertThatThrownBy(() -> Property.named("impossible", 1).forAll(Gen.ints(0, 9).filter(x -> x > 9), x -> { }))
                .isInstanceOf(Source.Unsatisfiable.class);
    }

    private static PropertyFailure fail(Runnable r) {
        PropertyFailure f = catchThrowableOfType(PropertyFailure.class, r::run);
        assertThat(f).as("the property must fail").isNotNull();
        return f;
    }
}

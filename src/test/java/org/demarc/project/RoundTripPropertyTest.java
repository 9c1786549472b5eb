package org.demarc.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.demarc.fixtures.MiniFixtures;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.Catalog;
import org.demarc.model.Control;
import org.demarc.model.Engagement;
import org.demarc.model.EvidenceReference;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.demarc.model.ProviderEvidence;
import org.demarc.model.Remediation;
import org.demarc.model.Service;
import org.demarc.model.ServiceException;
import org.demarc.model.SignOff;
import org.demarc.model.Signatory;
import org.demarc.assessment.ContentFingerprint;

/** Any assessment survives save and load unchanged, and its bytes do not drift. */
class RoundTripPropertyTest {
    private static final Catalog CATALOG = MiniFixtures.miniCatalog();

    @Property(tries = 300)
    void savedAndLoadedEqualsItself(@ForAll("assessments") Assessment a) throws Exception {
        byte[] bytes = ProjectWriter.toBytes(a);
        Assessment back = new ProjectReader().read(bytes).value();
        assertThat(back).isEqualTo(a);
        assertThat(ProjectWriter.toBytes(back)).isEqualTo(bytes);
        assertThat(ContentFingerprint.of(back)).isEqualTo(ContentFingerprint.of(a));
        assertThat(ProjectSchemas.violations(ProjectSchemas.ASSESSMENT_ID, bytes)).isEmpty();
    }

    @Provide
    Arbitrary<Assessment> assessments() {
        Arbitrary<TreeSet<String>> scope = Arbitraries.subsetOf(CATALOG.services().stream().map(Service::id).toList())
                .map(TreeSet::new);
        Arbitrary<TreeMap<String, Answer>> answers = Arbitraries.subsetOf(
                        CATALOG.controls().stream().map(Control::id).toList())
                .flatMap(ids -> answer().list().ofSize(ids.size()).map(list -> {
                    TreeMap<String, Answer> map = new TreeMap<>();
                    int i = 0;
                    for (String id : new TreeSet<>(ids)) {
                        map.put(id, list.get(i++));
                    }
                    return map;
                }));
        return Combinators.combine(engagement(), scope, answers, signOff().injectNull(0.5), history())
                .as((e, s, an, so, h) -> new Assessment(e, CATALOG, s, an, so, h));
    }

    private static Arbitrary<String> text() {
        // Any UTF-16 text, lone surrogates and control characters included.
        return Arbitraries.strings().all().ofMaxLength(40);
    }

    private static Arbitrary<String> name() {
        return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(20).filter(s -> !s.isBlank());
    }

    private static Arbitrary<LocalDate> date() {
        return Arbitraries.integers().between(-40_000, 60_000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
    }

    private static Arbitrary<Instant> instant() {
        return Arbitraries.longs().between(0, 4_000_000_000L).map(Instant::ofEpochSecond);
    }

    private static Arbitrary<Engagement> engagement() {
        return Combinators.combine(text(), text(), text(), name().list().ofMaxSize(3), date().injectNull(0.3),
                        date().injectNull(0.3), text())
                .as(Engagement::new);
    }

    private static Arbitrary<Answer> answer() {
        Arbitrary<EvidenceReference> evidence = Combinators.combine(name(),
                Arbitraries.strings().withChars("0123456789abcdef").ofLength(64),
                Arbitraries.longs().between(0, Long.MAX_VALUE), text()).as(EvidenceReference::new);
        Arbitrary<ProviderEvidence> provider = Combinators.combine(name(), text(), date().injectNull(0.3),
                date().injectNull(0.3), date().injectNull(0.3), text(), text()).as(ProviderEvidence::new);
        Arbitrary<Remediation> remediation = Combinators.combine(text(), text(), date().injectNull(0.5))
                .as(Remediation::new);
        Arbitrary<ServiceException> exception = Combinators.combine(
                Arbitraries.of(CATALOG.services().stream().map(Service::id).toList()),
                Arbitraries.of(AnswerStatus.class), text()).as(ServiceException::new);
        Arbitrary<Answer> base = Combinators.combine(Arbitraries.of(AnswerStatus.class), text(), text(), text(), text(),
                        evidence.list().ofMaxSize(3), provider.list().ofMaxSize(2), remediation)
                .as((st, j, f, c, o, ev, pe, r) -> new Answer(st, j, f, c, o, ev, pe, r, List.of(), false, null));
        return Combinators.combine(base, exception.list().ofMaxSize(2), Arbitraries.of(true, false),
                        date().injectNull(0.4))
                .as((a, ex, fl, lc) -> a.withExceptions(ex).withFlagged(fl).withLastConfirmed(lc));
    }

    private static Arbitrary<SignOff> signOff() {
        Arbitrary<Signatory> signatory = Combinators.combine(name(), text(), text(), date(), text())
                .as(Signatory::new);
        return Combinators.combine(signatory.list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.strings().withChars("0123456789abcdef").ofLength(64), instant())
                .as(SignOff::new);
    }

    private static Arbitrary<List<HistoryEvent>> history() {
        return Combinators.combine(instant(), Arbitraries.of(HistoryKind.class), text(), text())
                .as(HistoryEvent::new).list().ofMaxSize(4);
    }
}

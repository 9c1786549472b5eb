package org.demarc.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.demarc.fixtures.MiniFixtures;
import org.demarc.model.Assessment;
import org.demarc.model.Signatory;
import org.demarc.assessment.SignOffs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssessmentSessionTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private AssessmentSession session;
    private Assessment start;

    @BeforeEach
    void open() {
        session = new AssessmentSession(now::get);
        start = MiniFixtures.miniAssessment();
        session.load(start, null, false);
    }

    private void setFinding(String text) {
        session.edit("finding:OPS-01", a -> a.withAnswer("OPS-01", a.answers().get("OPS-01").withFinding(text)));
    }

    @Test
    void typingKeepsTheMatrixAndAScopeChangeRebuildsIt() {
        var matrix = session.analysis().matrix();
        setFinding("c");
        setFinding("ch");
        assertThat(session.analysis().matrix()).isSameAs(matrix);
        assertThat(session.analysis().assessment().answers().get("OPS-01").finding()).isEqualTo("ch");
        session.edit(null, a -> a.withScope(new java.util.TreeSet<>(List.of("t.db"))));
        assertThat(session.analysis().matrix().services()).extracting(s -> s.id()).containsExactly("t.db");
        session.undo();
        assertThat(session.analysis().matrix().services()).extracting(s -> s.id())
                .containsExactlyElementsOf(matrix.services().stream().map(s -> s.id()).toList());
    }

    @Test
    void anEditMarksDirtyAndCanBeUndoneAndRedone() {
        setFinding("changed");
        assertThat(session.isDirty()).isTrue();
        assertThat(session.canUndoProperty().get()).isTrue();
        session.undo();
        assertThat(session.assessment()).isEqualTo(start);
        assertThat(session.canRedoProperty().get()).isTrue();
        session.redo();
        assertThat(session.assessment().answers().get("OPS-01").finding()).isEqualTo("changed");
    }

    @Test
    void keystrokesInOneFieldMergeIntoOneUndoStep() {
        setFinding("a");
        now.addAndGet(200);
        setFinding("ab");
        now.addAndGet(200);
        setFinding("abc");
        session.undo();
        assertThat(session.assessment()).isEqualTo(start);
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void editsAfterAPauseOrInAnotherFieldAreSeparateSteps() {
        setFinding("a");
        now.addAndGet(UndoHistory.COALESCE_MILLIS + 1);
        setFinding("ab");
        session.edit("comment:OPS-01", a -> a.withAnswer("OPS-01", a.answers().get("OPS-01").withComment("c")));
        session.undo();
        assertThat(session.assessment().answers().get("OPS-01").finding()).isEqualTo("ab");
        session.undo();
        assertThat(session.assessment().answers().get("OPS-01").finding()).isEqualTo("a");
    }

    @Test
    void aNoOpEditChangesNothing() {
        session.edit(null, a -> a);
        assertThat(session.isDirty()).isFalse();
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void aSignedOffAssessmentRefusesEditsAndUndoDoesNotCrossTheSignOff() {
        setFinding("before sign-off");
        session.changeSignOff(a -> SignOffs.signOff(a, List.of(new Signatory("Ada", "Lead", "Org",
                LocalDate.of(2026, 11, 7), "ok")), Instant.parse("2026-11-07T10:00:00Z"), "ada"));
        assertThat(session.readOnlyProperty().get()).isTrue();
        Assessment locked = session.assessment();
        setFinding("after");
        session.undo();
        assertThat(session.assessment()).isSameAs(locked);
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void savingTheCurrentValueClearsTheUnsavedMarkButNotAnOlderOne() {
        setFinding("x");
        Assessment saved = session.assessment();
        setFinding("xy");
        session.markSaved(java.nio.file.Path.of("a.demarc"), saved);
        assertThat(session.isDirty()).isTrue();
        session.markSaved(java.nio.file.Path.of("a.demarc"), session.assessment());
        assertThat(session.isDirty()).isFalse();
    }
}

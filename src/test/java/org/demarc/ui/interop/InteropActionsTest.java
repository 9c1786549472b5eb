package org.demarc.ui.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import org.demarc.interop.questionnaire.QuestionnaireReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.demarc.assessment.diff.AssessmentDiff;
import org.demarc.interop.questionnaire.Column;
import org.demarc.interop.questionnaire.ImportPreview;
import org.demarc.interop.questionnaire.QuestionnaireExport;
import org.demarc.interop.questionnaire.Respondent;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.HistoryKind;
import org.demarc.project.ProjectFiles;
import org.demarc.project.Samples;
import org.demarc.project.journal.RecoveryJournal;
import org.demarc.ui.ScriptedDialogs;
import org.demarc.ui.common.UiPreferences;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.shell.FileActions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The File menu's questionnaire, findings, new-from-previous and compare commands through the GUI's
 * own services, with scripted dialogs: an import is one undo step, a conflict is not taken unless
 * accepted, and nothing changes when the auditor cancels.
 */
@Tag("gui")
class InteropActionsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final AssessmentSession session = new AssessmentSession();
    private final List<ImportPreviewViewModel> reviewed = new ArrayList<>();
    private final List<AssessmentDiff> compared = new ArrayList<>();
    /** What the scripted auditor does in the preview: accept the defaults and press Import. */
    private java.util.function.Predicate<ImportPreviewViewModel> auditor = m -> true;
    private InteropActions actions;
    private FileActions files;
    private Path project;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() throws Exception {
        project = dir.resolve("webshop.demarc");
        Files.write(project, Samples.webshopBytes());
        InteropActions.Dialogs own = new InteropActions.Dialogs() {
            @Override
            public boolean reviewImport(ImportPreviewViewModel model) {
                reviewed.add(model);
                return auditor.test(model);
            }

            @Override
            public void showComparison(String title, AssessmentDiff diff) {
                compared.add(diff);
            }
        };
        WaitForAsyncUtils.asyncFx(() -> {
            files = new FileActions(session, dialogs,
                    UiPreferences.inMemory(),
                    new RecoveryJournal(dir.resolve("journal")), CLOCK);
            actions = new InteropActions(session, dialogs, own, files, CLOCK);
            session.load(new ProjectFiles().open(project).value(), project, false);
            return null;
        }).get(30, TimeUnit.SECONDS);
    }

    private void run(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private byte[] returnedQuestionnaire() {
        QuestionnaireExport.Sent out = QuestionnaireExport.send(session.assessment(), QuestionnaireExport.Selection.ALL,
                null, Instant.parse("2026-11-12T10:00:00Z"), "auditor");
        try {
            run(() -> session.record(a -> a.withEvent(out.event())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        byte[] sent = out.workbook();
        try (Respondent r = new Respondent(sent)) {
            r.type("GOV-01", Column.STATUS, "Implemented");
            r.type("GOV-02", Column.STATUS, "Maybe");
            r.type("NET-01", Column.FINDING, "Closed by the respondent");
            return r.save();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anImportIsPreviewedThenTakenAsOneUndoStep() throws Exception {
        Path q = Files.write(dir.resolve("returned.xlsx"), returnedQuestionnaire());
        // The auditor changes NET-01 in Demarc after sending the questionnaire: a conflict.
        run(() -> session.edit(null, a -> a.withAnswer("NET-01", a.answers().get("NET-01").withFinding("Auditor's"))));
        Assessment before = session.assessment();
        dialogs.fileTargets.add(q);
        run(actions::importQuestionnaire);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !reviewed.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        ImportPreviewViewModel model = reviewed.get(0);
        assertThat(model.rows()).extracting(r -> r.change().controlId() + " " + r.change().kind() + " " + r.isAccepted())
                .containsExactlyInAnyOrder("GOV-01 NEW true", "GOV-02 INVALID false", "NET-01 CONFLICT false");
        Assessment after = session.assessment();
        assertThat(after.answers().get("GOV-01").status()).isEqualTo(AnswerStatus.IMPLEMENTED);
        assertThat(after.answers().get("NET-01").finding()).isEqualTo("Auditor's");
        assertThat(after.history().get(after.history().size() - 1).kind()).isEqualTo(HistoryKind.IMPORTED);
        assertThat(session.isDirty()).isTrue();

        run(session::undo);
        assertThat(session.assessment()).as("one undo takes the whole import back").isEqualTo(before);
    }

    @Test
    void acceptingAConflictTakesTheRespondentsAnswerAndAnInvalidRowCannotBeAccepted() throws Exception {
        Path q = Files.write(dir.resolve("returned.xlsx"), returnedQuestionnaire());
        run(() -> session.edit(null, a -> a.withAnswer("NET-01", a.answers().get("NET-01").withFinding("Auditor's"))));
        auditor = m -> {
            m.rows().forEach(r -> r.acceptedProperty().set(true));
            assertThat(m.acceptedCountProperty().get()).isEqualTo(2);
            return true;
        };
        dialogs.fileTargets.add(q);
        run(actions::importQuestionnaire);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !reviewed.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.assessment().answers().get("NET-01").finding()).isEqualTo("Closed by the respondent");
        assertThat(session.assessment().answers()).doesNotContainKey("GOV-02");
    }

    @Test
    void cancellingThePreviewChangesNothing() throws Exception {
        Path q = Files.write(dir.resolve("returned.xlsx"), returnedQuestionnaire());
        Assessment before = session.assessment();
        boolean dirtyBefore = session.isDirty();
        auditor = m -> false;
        dialogs.fileTargets.add(q);
        run(actions::importQuestionnaire);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !reviewed.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.assessment()).isSameAs(before);
        assertThat(session.isDirty()).isEqualTo(dirtyBefore);
    }

    @Test
    void aHostileWorkbookIsExplainedAndChangesNothing() throws Exception {
        Path q = Files.writeString(dir.resolve("fake.xlsx"), "not a workbook");
        Assessment before = session.assessment();
        dialogs.fileTargets.add(q);
        run(actions::importQuestionnaire);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0)).contains("Could not import the questionnaire")
                .contains("nothing in the assessment changed").contains("not a readable Excel workbook");
        assertThat(session.assessment()).isSameAs(before);
        assertThat(reviewed).isEmpty();
    }

    @Test
    void aPreviousAssessmentThatCannotBeReadIsToldAsAnOpenFailureNamingTheFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("last-year.demarc"));
        dialogs.openTargets.add(folder);
        run(actions::newFromPrevious);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0)).contains("Could not open the assessment").contains("last-year.demarc").contains("not a regular file")
                .doesNotContain("Could not write");
    }

    @Test
    void exportsQuestionnaireAndFindings() throws Exception {
        Path q = dir.resolve("q.xlsx");
        dialogs.choices.add(0);
        dialogs.fileTargets.add(q);
        run(() -> session.edit(null, a -> a.withAnswer("NET-01", a.answers().get("NET-01").withFinding("Before"))));
        run(actions::exportQuestionnaire);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(q));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> session.assessment().history().stream()
                .anyMatch(e -> e.kind() == HistoryKind.QUESTIONNAIRE_SENT));
        assertThat(session.isDirty()).as("the export is recorded in the project, to be saved").isTrue();
        run(session::undo);
        assertThat(session.assessment().answers().get("NET-01").finding()).isNotEqualTo("Before");
        assertThat(session.assessment().history()).as("no undo takes the record of a questionnaire sent back")
                .last().extracting(e -> e.kind()).isEqualTo(HistoryKind.QUESTIONNAIRE_SENT);
        assertThat(ImportPreview.of(session.assessment(), QuestionnaireReader.read(q), LocalDate.of(2026, 11, 20))
                .changes()).isEmpty();
        Path csv = dir.resolve("f.csv");
        dialogs.fileTargets.add(csv);
        run(actions::exportFindings);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(csv));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readAllBytes(csv)).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(Files.readString(csv)).contains("NET-01");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void newFromPreviousAndCompare() throws Exception {
        dialogs.openTargets.add(project);
        run(actions::newFromPrevious);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> session.fileProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        Assessment next = session.assessment();
        assertThat(next.history()).singleElement().satisfies(h -> assertThat(h.kind()).isEqualTo(HistoryKind.CARRIED_FORWARD));
        assertThat(next.answers().values()).allMatch(a -> a.flagged());
        assertThat(session.isDirty()).isTrue();

        run(() -> session.edit(null, a -> a.withAnswer("NET-01", a.answers().get("NET-01").withStatus(AnswerStatus.IMPLEMENTED))));
        dialogs.openTargets.add(project);
        run(actions::compareWith);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !compared.isEmpty());
        assertThat(compared.get(0).improved()).extracting(AssessmentDiff.AnswerChange::controlId).containsExactly("NET-01");
        assertThat(compared.get(0).closedGaps()).extracting(AssessmentDiff.AnswerChange::controlId).containsExactly("NET-01");
    }

    @Test
    void thePreviewDialogAndTheComparisonRender() throws Exception {
        Path q = Files.write(dir.resolve("returned.xlsx"), returnedQuestionnaire());
        ImportPreview preview = ImportPreview.of(session.assessment(),
                org.demarc.interop.questionnaire.QuestionnaireReader.read(q), java.time.LocalDate.of(2026, 11, 20));
        ImportPreviewViewModel model = new ImportPreviewViewModel(preview, "returned.xlsx");
        WaitForAsyncUtils.asyncFx(() -> {
            org.demarc.ui.common.Themes.apply(null, false);
            Stage stage = new Stage();
            stage.setScene(new Scene(new ImportPreviewDialog(model).content(), 1000, 600));
            stage.show();
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            @SuppressWarnings("unchecked")
            TableView<ImportPreviewViewModel.Row> table = (TableView<ImportPreviewViewModel.Row>)
                    stage.getScene().lookup("#import-rows");
            assertThat(table.getItems()).hasSize(3);
            stage.setScene(new Scene(new CompareView(AssessmentDiff.between(Samples.webshop(), session.assessment())).root()));
            stage.getScene().getRoot().applyCss();
            stage.close();
        }).get(30, TimeUnit.SECONDS);
    }

    @Test
    void theImportIsNoLongerBusyWhenThePreviewOpens() throws Exception {
        Path q = Files.write(dir.resolve("returned.xlsx"), returnedQuestionnaire());
        org.demarc.ui.common.Tasks synchronous = new org.demarc.ui.common.Tasks(Runnable::run, Runnable::run);
        List<Boolean> busyWhileReviewing = new ArrayList<>();
        InteropActions.Dialogs own = new InteropActions.Dialogs() {
            @Override
            public boolean reviewImport(ImportPreviewViewModel model) {
                busyWhileReviewing.add(synchronous.runningProperty().get());
                return true;
            }

            @Override
            public void showComparison(String title, AssessmentDiff diff) {
            }
        };
        dialogs.fileTargets.add(q);
        run(() -> new InteropActions(session, dialogs, own, files, CLOCK, synchronous).importQuestionnaire());
        assertThat(busyWhileReviewing).containsExactly(false);
        assertThat(session.assessment().answers().get("GOV-01").status()).isEqualTo(AnswerStatus.IMPLEMENTED);
    }
}

package org.demarc.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.demarc.assessment.diff.AssessmentDiff;
import org.demarc.interop.questionnaire.Column;
import org.demarc.interop.questionnaire.ImportPreview;
import org.demarc.interop.questionnaire.QuestionnaireExport;
import org.demarc.interop.questionnaire.QuestionnaireReader;
import org.demarc.interop.questionnaire.Respondent;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.catalog.BuiltInCatalog;
import org.demarc.fixtures.CatalogVersions;
import org.demarc.assessment.carry.CarryForward;
import org.demarc.assessment.CatalogMigration;
import org.demarc.project.Samples;
import org.demarc.ui.common.Themes;
import org.demarc.ui.interop.CompareView;
import org.demarc.ui.interop.ImportPreviewDialog;
import org.demarc.ui.interop.ImportPreviewViewModel;

/**
 * The questionnaire workflow on the sample, for the README: writes a questionnaire as a respondent
 * filled it in ({@code filled-questionnaire.xlsx}, rendered to PNG outside Java by LibreOffice), and
 * renders the import preview and the comparison to PNG, headless:
 * {@code ./mvnw -q -Pscreenshots verify}.
 */
public final class InteropScreenshots {
    private static final Instant SENT = Instant.parse("2026-11-12T10:00:00Z");

    private InteropScreenshots() {
    }

    /** The sample's questionnaire (all questions) as a respondent returned it, wrong values included. */
    public static byte[] filledQuestionnaire(QuestionnaireExport.Sent out) throws Exception {
        byte[] sent = out.workbook();
        try (Respondent r = new Respondent(sent)) {
            r.type("GOV-01", Column.STATUS, "Implemented")
                    .type("GOV-01", Column.FINDING, "Cloud security policy approved by the board in March 2026.")
                    .type("GOV-01", Column.OWNER, "CISO");
            r.type("GOV-02", Column.STATUS, "Partial")
                    .type("GOV-02", Column.FINDING, "Provider SOC 2 reports are collected, but not reviewed yearly.")
                    .type("GOV-02", Column.OWNER, "Vendor management").date("GOV-02", LocalDate.of(2027, 3, 31));
            r.type("GOV-03", Column.STATUS, "Maybe");
            r.type("GOV-04", Column.STATUS, "Not applicable");
            r.type("GOV-05", Column.STATUS, "Implemented").type("GOV-05", Column.DUE_DATE, "next week");
            r.type("PAT-01", Column.STATUS, "Implemented")
                    .type("PAT-01", Column.FINDING, "Automatic minor version upgrades enabled on RDS in November.");
            r.type("NET-01", Column.FINDING, "SSH ingress removed; Session Manager in use since 14 November.");
            return r.save();
        }
    }

    /** The sample as the auditor changed it after sending the questionnaire (NET-01: a conflict). */
    public static Assessment editedAfterExport() {
        Assessment a = Samples.webshop();
        Answer net = a.answers().get("NET-01");
        return a.withAnswer("NET-01", net.withFinding("SSH restricted to the office VPN range (workshop, 13 Nov)."));
    }

    /**
     * Next year's assessment of the sample: carried forward from the one made with the previous
     * catalog version, moved to the built-in catalog, with a changed scope and some answers changed.
     */
    public static Assessment nextYear() {
        Assessment last = CatalogVersions.sampleOnStarter();
        Assessment moved = CatalogMigration.migrate(CarryForward.from(last, null, null, "Web shop review 2027",
                Instant.parse("2027-11-02T08:00:00Z"), "Alex Morgan"), BuiltInCatalog.load(),
                Instant.parse("2027-11-02T08:01:00Z"), "Alex Morgan").assessment();
        java.util.TreeSet<String> scope = new java.util.TreeSet<>(moved.scope());
        scope.remove("aws.cloudfront");
        scope.add("aws.sqs");
        Assessment a = moved.withScope(scope);
        a = a.withAnswer("PAT-01", a.answers().get("PAT-01").withStatus(AnswerStatus.IMPLEMENTED));
        a = a.withAnswer("NET-01", a.answers().get("NET-01").withStatus(AnswerStatus.PARTIAL));
        a = a.withAnswer("DAT-01", a.answers().get("DAT-01").withStatus(AnswerStatus.PARTIAL));
        return a.withAnswer("GOV-01", Answer.of(AnswerStatus.IMPLEMENTED));
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "assets/screenshots");
        Path workbook = Path.of(args.length > 1 ? args[1] : "target/filled-questionnaire.xlsx");
        Files.createDirectories(out);
        Files.createDirectories(workbook.toAbsolutePath().getParent());
        QuestionnaireExport.Sent sent = QuestionnaireExport.send(Samples.webshop(), QuestionnaireExport.Selection.ALL,
                null, SENT, "Alex Morgan");
        byte[] filled = filledQuestionnaire(sent);
        Files.write(workbook, filled);
        Assessment edited = editedAfterExport().withEvent(sent.event());
        ImportPreview preview = ImportPreview.of(edited, QuestionnaireReader.read(filled), LocalDate.of(2026, 11, 20));
        ImportPreviewViewModel model = new ImportPreviewViewModel(preview, "webshop-questionnaire.xlsx");
        AssessmentDiff diff = AssessmentDiff.between(CatalogVersions.sampleOnStarter(), nextYear());

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        WizardScreenshots.onFxThread(() -> {
            Themes.apply(null, false);
            StackPane previewPane = new StackPane(new ImportPreviewDialog(model).content());
            previewPane.setPadding(new javafx.geometry.Insets(16));
            shoot(previewPane, 1480, 640, out.resolve("import-preview.png"));
            shoot(new StackPane(new CompareView(diff).root()), 900, 700, out.resolve("compare.png"));
        });
        Platform.exit();
        System.out.println("interop screenshots written to " + out.toAbsolutePath() + "; workbook " + workbook);
    }

    private static void shoot(javafx.scene.Parent root, int width, int height, Path file) throws Exception {
        Stage stage = new Stage();
        Scene scene = new Scene(root, width, height);
        stage.setScene(scene);
        Themes.apply(scene, false);
        stage.show();
        WizardScreenshots.shoot(scene, file);
        stage.close();
    }
}

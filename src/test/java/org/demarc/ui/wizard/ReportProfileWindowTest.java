package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.demarc.fixtures.TestImages;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Branding and classification in the export step at 1024×700, typed as a person does (Alt keys to
 * reach each field): saved with the project, printed in the PDF and the Word working copy; a bad
 * accent or an SVG logo is said under its field and kept out of the project.
 */
class ReportProfileWindowTest extends WindowTest {
    private String focused() {
        return robot.targetWindow().getScene().getFocusOwner().getId();
    }

    private String result() {
        return robot.lookup("#export-result").queryAs(Label.class).getText();
    }

    @Test
    void theProfileTypedIsSavedAndPrintedOnEveryPageOfBothReports() throws Exception {
        openWindow(Locale.US, "#start-sample");
        robot.clickOn("8. Export report");
        WaitForAsyncUtils.waitForFxEvents();
        alt(KeyCode.O);
        assertThat(focused()).isEqualTo("export-profile-organisation");
        robot.write("Contoso Advisory");
        alt(KeyCode.L);
        assertThat(focused()).isEqualTo("export-profile-classification");
        robot.write("RESTRICTED \u2014 Northwind");
        alt(KeyCode.T);
        assertThat(focused()).isEqualTo("export-profile-footer");
        robot.write("Contoso Advisory, 1 Main Street");
        alt(KeyCode.C);
        assertThat(focused()).isEqualTo("export-profile-accent");
        robot.write("green");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-profile-accent-error").queryAs(Label.class).getText())
                .startsWith("An accent colour is written #RRGGBB");
        assertThat(session.assessment().reportProfile().accent()).isEmpty();
        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        robot.write("#0B6E4F");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-profile-accent-error").queryAs(Label.class).isVisible()).isFalse();

        Path svg = Files.writeString(dir.resolve("logo.png"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        dialogs.fileTargets.add(svg);
        alt(KeyCode.G);
        assertThat(focused()).isEqualTo("export-profile-logo");
        robot.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-profile-logo-error").queryAs(Label.class).getText())
                .contains("logo.png cannot be the logo", "SVG drawing");
        dialogs.fileTargets.add(Files.write(dir.resolve("contoso.png"), TestImages.png(300, 100)));
        robot.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-profile-logo-name").queryAs(Label.class).getText()).startsWith("Logo set");

        Path project = dir.resolve("branded.demarc");
        dialogs.saveTargets.add(project);
        robot.push(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(project) && !session.isDirty());
        assertThat(Files.readString(project)).contains("\"reportProfile\"", "\"organisation\": \"Contoso Advisory\"",
                "\"classification\": \"RESTRICTED \u2014 Northwind\"", "\"accent\": \"#0B6E4F\"", "\"logo\": \"iVBOR");

        Path pdf = dir.resolve("branded.pdf");
        dialogs.pdfTargets.add(pdf);
        robot.interact(() -> robot.lookup("#export-draft").queryButton().fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> result().contains("branded.pdf"));
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            var stripper = new PDFTextStripper();
            stripper.setStartPage(doc.getNumberOfPages());
            assertThat(stripper.getText(doc)).contains("RESTRICTED \u2014 Northwind", "Contoso Advisory, 1 Main Street");
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(doc)).contains("Issued by Contoso Advisory");
        }

        Path docx = dir.resolve("branded.docx");
        dialogs.fileTargets.add(docx);
        robot.interact(() -> robot.lookup("#export-docx").queryButton().fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> result().contains("branded.docx"));
        assertThat(result()).contains("editable working copy");
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
            assertThat(doc.getHeaderList()).anySatisfy(h -> assertThat(h.getText()).contains("RESTRICTED \u2014 Northwind"));
            assertThat(doc.getParagraphs().get(0).getText()).contains("the signed PDF is the record");
        }
        assertThat(dialogs.errors).isEmpty();
    }
}

package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.demarc.ui.common.FileOpener;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The export step at 1024×700, clicked as a person does: a part of the report, the workshop
 * handout of ticked domains, and "Open PDF" / "Show in folder" after an export (a fake opener
 * records the call; nothing is opened).
 */
class ExportChoicesTest extends WindowTest {
    private final List<String> opened = new CopyOnWriteArrayList<>();

    private void openExportStep() throws Exception {
        opener = new FileOpener() {
            @Override
            public void open(Path file) {
                opened.add("open " + file);
            }

            @Override
            public void showInFolder(Path file) {
                opened.add("show " + file);
            }
        };
        openWindow(Locale.US, "#start-sample");
        robot.clickOn("8. Export report");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String label(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static String text(Path pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** Whether the node and everything around it is visible. */
    private boolean onScreen(String id) {
        for (javafx.scene.Node n = robot.lookup(id).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Moves the focus there, as Tab would, which scrolls the step to show it. */
    private void scrollTo(String id) {
        robot.interact(() -> robot.lookup(id).query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theExecutiveSummaryOnlyIsExportedAsAnExcerptAndCanBeOpenedOrShown() throws Exception {
        openExportStep();
        assertThat(onScreen("#export-open")).as("nothing written yet").isFalse();
        robot.clickOn("#export-part-summary");
        Path pdf = dir.resolve("summary.pdf");
        dialogs.pdfTargets.add(pdf);
        robot.clickOn("#export-draft");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> label("#export-result").startsWith("Excerpt"));
        assertThat(label("#export-result")).isEqualTo("Excerpt (the executive summary only) written to " + pdf + ".");
        String text = text(pdf);
        assertThat(text).contains("Excerpt of the report: the executive summary only", "Executive summary")
                .doesNotContain("Findings by domain", "Responsibility matrix", "Sign-off");

        assertThat(onScreen("#export-open")).isTrue();
        scrollTo("#export-open");
        robot.clickOn("#export-open");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened.isEmpty());
        scrollTo("#export-show");
        robot.clickOn("#export-show");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> opened.size() == 2);
        assertThat(opened).containsExactly("open " + pdf, "show " + pdf);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theHandoutHoldsTheTickedDomainsOnly() throws Exception {
        openExportStep();
        robot.clickOn("#export-domains-none");
        scrollTo("#export-handout");
        robot.clickOn("#export-handout");
        assertThat(label("#export-domains-error")).isEqualTo("Tick at least one domain.");
        scrollTo("#export-domain-identity");
        robot.clickOn("#export-domain-identity");
        scrollTo("#export-domain-logging");
        robot.clickOn("#export-domain-logging");
        assertThat(robot.lookup("#export-domain-network").queryAs(CheckBox.class).isSelected()).isFalse();
        Path pdf = dir.resolve("handout.pdf");
        dialogs.pdfTargets.add(pdf);
        scrollTo("#export-handout");
        robot.clickOn("#export-handout");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> label("#export-result").startsWith("Workshop handout"));
        assertThat(robot.lookup("#export-domains-error").queryAs(Label.class).isVisible()).isFalse();
        String text = text(pdf);
        assertThat(text).contains("Workshop handout", "IAM-01", "LOG-01")
                .doesNotContain("NET-01", "DBA lead", "Ask for the last restore test report.");
    }

    @Test
    void selectedDomainsGiveTheirPartOfTheReportAndNoSignature() throws Exception {
        openExportStep();
        robot.clickOn("#export-part-domains");
        robot.clickOn("#export-domains-none");
        robot.clickOn("#export-domain-identity");
        assertThat(robot.lookup("#export-previous").queryAs(Button.class).isDisabled()).isTrue();
        Path pdf = dir.resolve("iam.pdf");
        dialogs.pdfTargets.add(pdf);
        robot.clickOn("#export-draft");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> label("#export-result").startsWith("Excerpt"));
        assertThat(text(pdf)).contains("Excerpt of the report: the domains Identity and access management", "IAM-01")
                .doesNotContain("NET-01", "Executive summary");
    }

    @Test
    void fileExportHandoutLeadsToTheDomainListWithTheHandoutButtonFocused() throws Exception {
        openExportStep();
        robot.clickOn("1. Start");
        robot.clickOn("File").clickOn("Export workshop handout…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#export-handout").query().isFocused());
        assertThat(onScreen("#export-domain-identity")).isTrue();
        Path pdf = dir.resolve("all-domains.pdf");
        dialogs.pdfTargets.add(pdf);
        robot.type(javafx.scene.input.KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> label("#export-result").startsWith("Workshop handout"));
        assertThat(text(pdf)).contains("IAM-01", "NET-01", "BCK-01");
    }
}

package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.demarc.assessment.SignOffs;
import org.demarc.model.Signatory;
import org.demarc.project.ProjectFiles;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A project signed off and then edited outside Demarc: the sign-off step says the sign-off is void,
 * the export step offers only a draft and says why, and the draft's cover says so.
 */
class VoidSignOffWindowTest extends WindowTest {
    private static final String VOID = "Sign-off void: content changed after sign-off";

    @Test
    void theSignOffAndExportStepsSayTheSignOffIsVoidAndTheDraftSaysSoToo() throws Exception {
        Path file = dir.resolve("edited.demarc");
        new ProjectFiles().save(SignOffs.signOff(Samples.webshop(), List.of(new Signatory("Dana Whitfield", "CISO",
                "Northwind", LocalDate.of(2026, 11, 20), "Agreed.")), Instant.parse("2026-11-20T15:00:00Z"), "Alex"),
                file);
        Files.writeString(file, Files.readString(file).replace("Northwind Retail GmbH", "Southwind"));
        dialogs.openTargets.add(file);
        openWindow(Locale.US, "#start-open");

        robot.clickOn("7. Sign-off");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signoff-status").tryQuery().isPresent()
                && robot.lookup("#signoff-status").queryAs(Label.class).getText().startsWith(VOID));

        robot.clickOn("8. Export report");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#export-final").tryQuery().isPresent());
        assertThat(robot.lookup("#export-final").queryAs(Button.class).isDisabled()).isTrue();
        Label hint = robot.lookup("#export-final-hint").queryAs(Label.class);
        assertThat(hint.isVisible()).isTrue();
        assertThat(hint.getText()).startsWith(VOID);

        Path pdf = dir.resolve("report.pdf");
        dialogs.pdfTargets.add(pdf);
        robot.clickOn("#export-draft");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(pdf));
        try (var doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            PDFTextStripper cover = new PDFTextStripper();
            cover.setEndPage(1);
            assertThat(cover.getText(doc).replaceAll("\\s+", " ")).contains("Status DRAFT. " + VOID);
        }
    }
}

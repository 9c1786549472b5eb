package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.demarc.fixtures.MiniFixtures;
import org.demarc.model.Assessment;
import org.demarc.project.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A damaged project file is explained in words, and its backup is offered when it reads. */
class DamagedFileTest extends WindowTest {

    /** Saved twice, so the backup holds the first version, then cut in half as by a broken copy. */
    private Path damagedWithBackup(Assessment first) throws Exception {
        Path file = dir.resolve("payments.demarc");
        new ProjectFiles().save(first, file);
        new ProjectFiles().save(first.withAnswer("OPS-01", first.answers().get("OPS-01").withFinding("second")), file);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        return file;
    }

    @Test
    void theBackupOfADamagedFileOpensAsAnUntitledCopyAndTheDamagedFileStaysAsItIs() throws Exception {
        Assessment first = MiniFixtures.miniAssessment();
        Path file = damagedWithBackup(first);
        byte[] damaged = Files.readAllBytes(file);
        dialogs.confirms.add(true);
        dialogs.openTargets.add(file);
        openWindow(Locale.US, "#start-open");

        assertThat(dialogs.confirmMessages).singleElement().satisfies(m -> assertThat(m)
                .contains("payments.demarc cannot be opened").contains("the file ends too early")
                .contains("payments.demarc.bak").contains("[Open backup]")
                .doesNotContain("Source").doesNotContain("end-of-input"));
        assertThat(session.assessment()).isEqualTo(first);
        assertThat(session.fileProperty().get()).as("an untitled copy: Save asks where").isNull();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#status-text").queryAs(Label.class)
                .getText().contains("Opened the backup payments.demarc.bak"));
        files.awaitFileWork();
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
    }

    @Test
    void withoutABackupTheErrorSaysWhatIsWrongInWords() throws Exception {
        Path file = damagedWithBackup(MiniFixtures.miniAssessment());
        Files.delete(ProjectFiles.backupOf(file));
        openWindow(Locale.US, "#start-sample");
        files.awaitFileWork();
        assertThat(session.isDirty()).as("the sample opens with nothing unsaved").isFalse();
        dialogs.openTargets.add(file);
        robot.press(KeyCode.SHORTCUT, KeyCode.O).release(KeyCode.O, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).singleElement().satisfies(m -> assertThat(m).contains("line ")
                .contains("the file ends too early").doesNotContain("Source").doesNotContain("end-of-input"));
    }
}

package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.demarc.fixtures.MiniFixtures;
import org.demarc.io.FileOps;
import org.demarc.project.ProjectFiles;
import org.demarc.project.ProjectReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A project in a folder that cannot be written is announced when it is opened, in a banner that
 * does not stop the work, not first by a failing save.
 */
class ReadOnlyFolderTest extends WindowTest {
    private Path readOnly;

    /**
     * The folder is made read-only; since root ignores that, the file-system seam also answers as
     * the system answers an ordinary user.
     */
    @Override
    protected ProjectFiles projectFiles() {
        return new ProjectFiles(new ProjectReader(), new FileOps() {
            @Override
            public boolean isWritable(Path path) {
                return !path.toAbsolutePath().startsWith(readOnly) && FileOps.SYSTEM.isWritable(path);
            }
        });
    }

    @AfterEach
    void writableAgain() throws Exception {
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void openingFromAReadOnlyFolderShowsABannerThatSavingNeedsSaveAs() throws Exception {
        readOnly = Files.createDirectories(dir.resolve("share")).toAbsolutePath();
        Path file = readOnly.resolve("payments.demarc");
        new ProjectFiles().save(MiniFixtures.miniAssessment(), file);
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-x------"));
        dialogs.openTargets.add(file);
        openWindow(Locale.US, "#start-open");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#file-notice").query().isVisible());
        assertThat(robot.lookup("#file-notice-text").queryAs(Label.class).getText())
                .contains("payments.demarc").contains("cannot be written").contains("Save As");
        assertThat(dialogs.errors).as("a banner, not a dialog").isEmpty();
        robot.clickOn("#file-notice-dismiss");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#file-notice").query().isVisible()).isFalse();

        // A writable project says nothing.
        Path writable = dir.resolve("mine.demarc");
        new ProjectFiles().save(MiniFixtures.miniAssessment(), writable);
        dialogs.openTargets.add(writable);
        robot.press(KeyCode.SHORTCUT, KeyCode.O).release(KeyCode.O, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> writable.toAbsolutePath().equals(session.fileProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#file-notice").query().isVisible()).isFalse();
    }
}

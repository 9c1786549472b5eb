package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.demarc.model.Assessment;
import org.demarc.project.ProjectFiles;
import org.demarc.project.ProjectReader;
import org.demarc.project.Samples;
import org.demarc.project.bundle.BundleWriter;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A {@code .demarcz} opened in the window: read-only with a banner until Unpack to folder…, then the
 * unpacked project is the one edited and saved; a bundle that fails its checks opens nothing.
 */
class BundleWindowTest extends WindowTest {
    @Test
    void aBundleOpensReadOnlyAndUnpackedItIsEditedAndSaved() throws Exception {
        Path bundle = bundle();
        String id = Samples.webshop().answers().keySet().iterator().next();
        dialogs.openTargets.add(bundle);
        openWindow(Locale.US, "#start-open");

        assertThat(session.viewOnlyProperty().get()).isTrue();
        assertThat(session.readOnlyProperty().get()).isTrue();
        assertThat(robot.lookup("#bundle-banner").queryAs(javafx.scene.Node.class).isVisible()).isTrue();
        assertThat(robot.lookup("#bundle-banner-text").queryAs(Label.class).getText())
                .contains("webshop.demarcz is a bundle: it is open read-only", "Unpack it to a folder");
        assertThat(robot.lookup("#status-text").queryAs(Label.class).getText())
                .contains("Bundle, read-only", "Opened the bundle webshop.demarcz read-only", "every SHA-256 matched")
                .doesNotContain("open elsewhere");
        assertThat(((javafx.stage.Stage) robot.lookup("#status-text").queryAs(Label.class).getScene().getWindow()).getTitle())
                .contains("webshop.demarcz (bundle: read-only until unpacked)");
        showControl(id);
        TextInputControl comment = comment();
        assertThat(comment.isDisabled() || !comment.isEditable()).as("no editing in the bundle").isTrue();

        // The bundle's own folder is not empty: it unpacks into a new folder named after it.
        dialogs.folders.add(dir);
        robot.clickOn("#bundle-unpack");
        Path unpacked = dir.resolve("webshop").resolve("webshop.demarc");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> unpacked.equals(session.fileProperty().get()));
        files.awaitFileWork();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.viewOnlyProperty().get()).isFalse();
        assertThat(robot.lookup("#bundle-banner").queryAs(javafx.scene.Node.class).isVisible()).isFalse();

        showControl(id);
        robot.push(new KeyCodeCombination(KeyCode.C, KeyCombination.ALT_DOWN));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, comment::isFocused);
        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        robot.write("Checked after unpacking");
        robot.push(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !session.isDirty());
        files.awaitFileWork();
        Assessment saved = new ProjectReader().read(unpacked).value();
        assertThat(saved.answers().get(id).comment()).isEqualTo("Checked after unpacking");
        assertThat(new ProjectReader().read(dir.resolve("work/webshop.demarc")).value().answers().get(id).comment())
                .as("the bundled original is untouched").isNotEqualTo("Checked after unpacking");
    }

    @Test
    void aBundleWithAHashMismatchSaysSoAndOpensNothing() throws Exception {
        Path bundle = bundle();
        Path tampered = dir.resolve("tampered.demarcz");
        tamperProject(bundle, tampered);
        dialogs.openTargets.add(tampered);
        showWindow(Locale.US);
        robot.clickOn("#start-open");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0)).contains("tampered.demarcz cannot be opened",
                "the entry webshop.demarc does not match its size and SHA-256 in the manifest; nothing was unpacked");
        assertThat(session.assessment()).isNull();
    }

    @Test
    void unpackingABundleChangedOnDiskSinceItWasOpenedSaysSoWritesNothingAndTheWindowGoesOn() throws Exception {
        Path bundle = bundle();
        dialogs.openTargets.add(bundle);
        openWindow(Locale.US, "#start-open");
        Path good = Files.copy(bundle, dir.resolve("good.demarcz.keep"));
        tamperProject(good, bundle);

        dialogs.folders.add(dir);
        robot.clickOn("#bundle-unpack");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0)).contains("Could not unpack the bundle",
                "webshop.demarcz was not unpacked into " + dir + "; nothing was written there",
                "the entry webshop.demarc does not match its size and SHA-256 in the manifest")
                .doesNotContain("Exception", "cannot be opened");
        assertNothingUnpacked();
        assertStillOpenReadOnly(bundle);

        // Deleted since it was opened: said in words, and the window still works.
        Files.delete(bundle);
        dialogs.folders.add(dir);
        robot.clickOn("#bundle-unpack");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs.errors.size() == 2);
        assertThat(dialogs.errors.get(1)).contains("webshop.demarcz was not unpacked into " + dir,
                bundle + " does not exist").doesNotContain("Exception");
        assertNothingUnpacked();
        assertStillOpenReadOnly(bundle);

        // Put back as it was, the same button unpacks it and the project opens to edit.
        Files.move(good, bundle);
        dialogs.folders.add(dir);
        robot.clickOn("#bundle-unpack");
        Path unpacked = dir.resolve("webshop").resolve("webshop.demarc");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> unpacked.equals(session.fileProperty().get()));
        files.awaitFileWork();
        assertThat(session.viewOnlyProperty().get()).isFalse();
        assertThat(dialogs.errors).hasSize(2);
    }

    /** No folder named after the bundle, and no scratch folder of the unpacking left in the chosen one. */
    private void assertNothingUnpacked() throws Exception {
        try (var entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .doesNotContain("webshop").noneMatch(n -> n.startsWith(".demarcz-"));
        }
    }

    private void assertStillOpenReadOnly(Path bundle) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.fileProperty().get()).isEqualTo(bundle);
        assertThat(session.viewOnlyProperty().get()).isTrue();
        assertThat(robot.lookup("#bundle-banner").queryAs(javafx.scene.Node.class).isVisible()).isTrue();
        robot.clickOn("5. Questions");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#questions-list").queryListView().getItems()).isNotEmpty();
        robot.clickOn("1. Start");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The sample saved in work/ and bundled as webshop.demarcz beside that folder. */
    private Path bundle() throws Exception {
        Path project = Files.createDirectories(dir.resolve("work")).resolve("webshop.demarc");
        new ProjectFiles().saveNew(Samples.webshop(), project);
        Path bundle = dir.resolve("webshop.demarcz");
        BundleWriter.writeFile(new ProjectFiles().open(project).value(), project, false, bundle);
        return bundle;
    }

    /** The same bundle with one character of the project file changed; the manifest still has the old hash. */
    private static void tamperProject(Path from, Path to) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                String text = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write((e.getName().endsWith(".demarc") ? text.replaceFirst("Northwind", "Southwind") : text)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }


    private TextInputControl comment() {
        return robot.lookup("#question-comment").queryAs(TextInputControl.class);
    }
}

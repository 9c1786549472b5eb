package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.demarc.fixtures.LargeFixture;
import org.demarc.project.Samples;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.wizard.export.ExportViewModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class ExportViewModelTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aDraftIsExportedInTheBackgroundWithProgress() throws Exception {
        AssessmentSession session = new AssessmentSession();
        session.load(Samples.webshop(), null, false);
        ExportViewModel vm = WaitForAsyncUtils.asyncFx(() -> new ExportViewModel(session)).get(10, TimeUnit.SECONDS);
        assertThat(vm.canExportFinalProperty().get()).isFalse();
        assertThat(vm.suggestedName()).isEqualTo("Web shop shared-responsibility review DRAFT.pdf");
        Path pdf = dir.resolve("draft.pdf");
        WaitForAsyncUtils.asyncFx(() -> vm.export(pdf, null)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.resultProperty().get()).startsWith("Report written to");
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void cancellingWritesNoFile() throws Exception {
        AssessmentSession session = new AssessmentSession();
        session.load(LargeFixture.create(), null, false);
        ExportViewModel vm = WaitForAsyncUtils.asyncFx(() -> new ExportViewModel(session)).get(10, TimeUnit.SECONDS);
        Path pdf = dir.resolve("never.pdf");
        WaitForAsyncUtils.asyncFx(() -> {
            vm.export(pdf, null);
            vm.cancel();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.resultProperty().get()).isEqualTo("Export cancelled; no file was written.");
        assertThat(pdf).doesNotExist();
    }
}

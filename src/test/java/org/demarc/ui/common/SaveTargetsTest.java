package org.demarc.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.demarc.io.OutputRule;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The save dialogs' rule: the chooser's "replace?" covers a file of the same kind only. */
class SaveTargetsTest {
    @TempDir
    Path dir;

    @Test
    void aReportNeverReplacesTheProjectAndAProjectNeverReplacesAReport() throws Exception {
        Path project = Files.write(dir.resolve("shop.demarc"), Samples.webshopBytes());
        Path pdfNamedProject = Files.write(dir.resolve("report.pdf"), Samples.webshopBytes());
        Path pdf = Files.writeString(dir.resolve("old.pdf"), "%PDF-1.7\n");
        assertThat(SaveTargets.refusal(project, OutputRule.Kind.PDF)).isPresent();
        assertThat(SaveTargets.refusal(pdfNamedProject, OutputRule.Kind.PDF)).get()
                .extracting(OutputRule.Refusal::key).isEqualTo("output.otherKind");
        assertThat(SaveTargets.refusal(pdf, OutputRule.Kind.PDF)).isEmpty();
        assertThat(SaveTargets.refusal(project, OutputRule.Kind.PROJECT)).isEmpty();
        Path pdfAsProject = Files.writeString(dir.resolve("x.demarc"), "%PDF-1.7\n");
        assertThat(SaveTargets.refusal(pdfAsProject, OutputRule.Kind.PROJECT)).isPresent();
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), pdf);
        assertThat(SaveTargets.refusal(link, OutputRule.Kind.PDF)).isPresent();
        assertThat(SaveTargets.kindOf(Path.of("gaps.CSV"))).isEqualTo(OutputRule.Kind.CSV);
        assertThat(SaveTargets.kindOf(Path.of("q.xlsx"))).isEqualTo(OutputRule.Kind.XLSX);
    }
}

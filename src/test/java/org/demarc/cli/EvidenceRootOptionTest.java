package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.demarc.assessment.EvidenceReferences;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.project.ProjectWriter;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --evidence-root DIR}: evidence outside the project's folder is read only when named. */
class EvidenceRootOptionTest {
    @TempDir
    Path dir;

    @Test
    void evidenceUnderANamedFolderIsCheckedOtherwiseNot() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project")).resolve("webshop.demarc");
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Path policy = Files.writeString(shared.resolve("policy.txt"), "policy");
        Answer answer = Answer.of(AnswerStatus.PARTIAL).withFinding("Policy draft")
                .withEvidence(java.util.List.of(EvidenceReferences.attach(project, policy, "Shared policy")));
        Assessment a = Samples.webshop().withAnswer("NET-01", answer);
        Files.write(project, ProjectWriter.toBytes(a));

        assertThat(reportText(project, "plain.pdf")).contains("(not checked: outside the project folder)");
        assertThat(reportText(project, "rooted.pdf", "--evidence-root", shared.toString()))
                .contains("Shared policy").contains("(checked: unchanged)").doesNotContain("outside the project folder");
    }

    private String reportText(Path project, String name, String... more) throws Exception {
        Path pdf = dir.resolve(name);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("export", project.toString(), "-o",
                pdf.toString()));
        args.addAll(java.util.List.of(more));
        CliRunner r = CliRunner.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}

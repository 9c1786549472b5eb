package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.demarc.project.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demarc handout} and {@code demarc export --sections summary | --domains}. */
class HandoutAndExcerptCommandTest {
    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void sample() throws IOException {
        project = Files.write(dir.resolve("webshop.demarc"), Samples.webshopBytes());
    }

    private static String text(Path pdf) throws IOException {
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theHandoutHoldsTheQuestionsOfTheDomainsNamed() throws Exception {
        Path pdf = dir.resolve("handout.pdf");
        CliRunner r = CliRunner.run("handout", project.toString(), "-o", pdf.toString(), "--domains", "IDENTITY,Logging and monitoring");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("the workshop handout of 'Web shop shared-responsibility review' (2 domains");
        String text = text(pdf);
        assertThat(text).contains("Workshop handout", "IAM-01", "LOG-01", "Identity and access management")
                .doesNotContain("NET-01", "Network and communications protection", "DBA lead",
                        "Ask for the last restore test report.");
    }

    @Test
    void withoutDomainsTheHandoutHasEveryDomain() throws Exception {
        Path pdf = dir.resolve("all.pdf");
        CliRunner r = CliRunner.run("handout", project.toString(), "-o", pdf.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(text(pdf)).contains("IAM-01", "NET-01", "BCK-01", "Backup and resilience");
    }

    @Test
    void anUnknownDomainIsAUsageErrorNamingTheDomainsThereAre() {
        Path pdf = dir.resolve("handout.pdf");
        CliRunner r = CliRunner.run("handout", project.toString(), "-o", pdf.toString(), "--domains", "identity,IAM");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("no domain 'IAM' in the project's catalog; the domains are: governance,",
                "identity", "logging");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void theHandoutFollowsTheOutputRules() throws Exception {
        CliRunner input = CliRunner.run("handout", project.toString(), "-o", project.toString());
        assertThat(input.exitCode()).isEqualTo(ExitCodes.USAGE);
        Path txt = dir.resolve("handout.txt");
        assertThat(CliRunner.run("handout", project.toString(), "-o", txt.toString()).exitCode())
                .isEqualTo(ExitCodes.USAGE);
        Path notPdf = Files.writeString(dir.resolve("notes.pdf"), "my notes");
        CliRunner refused = CliRunner.run("handout", project.toString(), "-o", notPdf.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
        assertThat(Files.readString(notPdf)).isEqualTo("my notes");
        assertThat(CliRunner.run("handout", project.toString(), "-o", notPdf.toString(), "--force").exitCode()).isZero();
        assertThat(Files.readAllBytes(notPdf)).startsWith("%PDF-".getBytes());
    }

    @Test
    void exportWithSectionsSummaryWritesTheSummaryMarkedAsAnExcerpt() throws Exception {
        Path pdf = dir.resolve("summary.pdf");
        CliRunner r = CliRunner.run("export", project.toString(), "-o", pdf.toString(), "--sections", "summary");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("excerpt of the report (the executive summary only)");
        assertThat(text(pdf)).contains("Excerpt of the report: the executive summary only", "Executive summary")
                .doesNotContain("Findings by domain", "Responsibility matrix");
    }

    @Test
    void exportWithDomainsWritesThoseDomainsOnly() throws Exception {
        Path pdf = dir.resolve("iam.pdf");
        CliRunner r = CliRunner.run("export", project.toString(), "-o", pdf.toString(), "--domains", "identity");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(text(pdf)).contains("Excerpt of the report: the domains Identity and access management", "IAM-01")
                .doesNotContain("NET-01", "Executive summary");
    }

    @Test
    void excerptOptionsThatContradictAreUsageErrors() {
        Path pdf = dir.resolve("x.pdf");
        CliRunner both = CliRunner.run("export", project.toString(), "-o", pdf.toString(), "--sections", "summary",
                "--domains", "identity");
        assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).contains("choose one");
        CliRunner bad = CliRunner.run("export", project.toString(), "-o", pdf.toString(), "--sections", "findings");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("--sections is full or summary, not 'findings'");
        CliRunner previous = CliRunner.run("export", project.toString(), "-o", pdf.toString(), "--domains", "identity",
                "--previous", project.toString());
        assertThat(previous.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(previous.err()).contains("--previous goes with the complete report only");
        CliRunner unknown = CliRunner.run("export", project.toString(), "-o", pdf.toString(), "--domains", "nope");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("no domain 'nope'");
        assertThat(pdf).doesNotExist();
    }
}

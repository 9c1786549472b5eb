package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.demarc.model.Assessment;
import org.demarc.project.ProjectFiles;
import org.demarc.project.Samples;
import org.demarc.project.portfolio.Portfolio;
import org.demarc.project.portfolio.PortfolioScan;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portfolio PDF is as archival and accessible as the report: PDF/A-2a and PDF/UA-1, a broken file among the rows. */
class PortfolioPdfTest {
    @TempDir
    Path dir;

    /** veraPDF's check: slow, so in ./mvnw verify only. */
    @Tag("slow")
    @Test
    void thePortfolioPdfIsPdfA2aAndPdfUa1() throws Exception {
        Assessment a = Samples.webshop();
        new ProjectFiles().saveNew(a, dir.resolve("webshop.demarc"));
        Files.writeString(dir.resolve("broken.demarc"), "{");
        LocalDate day = LocalDate.of(2030, 1, 1);
        Portfolio p = new PortfolioScan(Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
                .scan(dir);
        byte[] pdf = PortfolioPdf.render(p, "assessments", day);
        assertThat(PdfA.accessibleFailures(pdf)).isEmpty();
    }
}

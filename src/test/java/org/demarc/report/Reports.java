package org.demarc.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.demarc.model.Assessment;
import org.demarc.model.Signatory;
import org.demarc.project.Samples;
import org.demarc.assessment.SignOffs;

/** Shared helpers of the report tests: rendering, signing off, text extraction, output files. */
final class Reports {
    static final Path OUT = Path.of("target", "report-tests");

    private Reports() {
    }

    static byte[] render(Assessment a) {
        try {
            return new ReportExporter().render(a, ReportOptions.defaults(), ProgressListener.NONE, () -> false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Assessment signedOffSample() {
        return SignOffs.signOff(Samples.webshop(), List.of(
                new Signatory("Dana Whitfield", "CISO", "Northwind Retail GmbH", LocalDate.of(2026, 11, 20),
                        "I accept the findings and the action plan."),
                new Signatory("Alex Morgan", "Lead auditor", "Demarc Assurance", LocalDate.of(2026, 11, 20),
                        "I have reviewed this assessment and agree with its findings.")),
                Instant.parse("2026-11-20T15:00:00Z"), "Alex Morgan");
    }

    /** The report's text with every run of white space (line breaks of wrapped text) as one space. */
    static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(String name, byte[] pdf) {
        try {
            Files.createDirectories(OUT);
            Path p = OUT.resolve(name);
            Files.write(p, pdf);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

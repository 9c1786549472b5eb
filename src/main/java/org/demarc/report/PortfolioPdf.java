package org.demarc.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.demarc.assessment.SignOffState;
import org.demarc.model.Messages;
import org.demarc.model.ProductVersion;
import org.demarc.project.portfolio.Portfolio;
import org.demarc.project.portfolio.PortfolioEntry;
import org.demarc.project.portfolio.PortfolioTable;
import org.demarc.report.layout.Flow;
import org.demarc.report.layout.Palette;
import org.demarc.report.layout.Styles;
import org.demarc.report.layout.Table;
import org.demarc.report.layout.Table.Cell;
import org.demarc.report.pdfa.ArchivalMetadata;
import org.demarc.report.sections.PageFrame;
import org.demarc.report.text.FontSet;
import org.demarc.report.text.Typesetter;

/**
 * The portfolio as a tagged PDF/A-2a and PDF/UA-1 document on landscape pages, drawn with the
 * report's layout: a table with one row per assessment (the columns of {@link PortfolioTable} but
 * the problem), then the files that could not be read with their problem. The same portfolio on the
 * same day gives the same bytes: the date is the day counted from, the ID a hash of the text shown.
 */
public final class PortfolioPdf {
    private static final int STATUS = 4;
    private static final int COVERAGE = 5;
    private static final int PROBLEM = 11;
    /** File, client, workload, providers, status, coverage, high, medium, low, overdue, last change. */
    private static final float[] WEIGHTS = {1.7f, 1.4f, 1.6f, 1.3f, 1.1f, 0.85f, 0.6f, 0.75f, 0.6f, 0.8f, 0.9f};

    private PortfolioPdf() {
    }

    /** True when {@code file} is named for a PDF (by its extension, in any case). */
    public static boolean isPdf(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    /** The folder's own name for the title: where it lies on this machine is not part of the summary. */
    public static String folderName(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        return abs.getFileName() == null ? abs.toString() : abs.getFileName().toString();
    }

    /** {@code folder}: the name shown in the title; {@code asOf}: the day overdue remediations were counted on. */
    public static byte[] render(Portfolio portfolio, String folder, LocalDate asOf) throws IOException {
        List<PortfolioEntry> read = portfolio.entries().stream().filter(e -> !e.isBroken()).toList();
        List<PortfolioEntry> broken = portfolio.entries().stream().filter(PortfolioEntry::isBroken).toList();
        String title = Messages.get("portfolio.pdf.title", folder);
        try (PDDocument doc = new PDDocument()) {
            Flow flow = new Flow(doc, new Typesetter(new FontSet(doc)), Flow.LANDSCAPE);
            flow.newPage();
            flow.tags().begin("Sect");
            flow.heading(1, title, Styles.H1);
            flow.down(4);
            flow.paragraph(Messages.get("portfolio.pdf.lead", asOf.toString(), read.size(), broken.size()),
                    Styles.BODY);
            flow.down(8);
            if (read.isEmpty()) {
                flow.paragraph(Messages.get("portfolio.window.none"), Styles.BODY);
            } else {
                assessments(read).draw(flow);
            }
            flow.tags().end();
            if (!broken.isEmpty()) {
                flow.tags().begin("Sect");
                flow.ensure(Styles.H2.lineHeight() + 4 * Styles.BODY.lineHeight());
                flow.down(8);
                flow.heading(2, Messages.get("portfolio.pdf.broken"), Styles.H2);
                flow.down(3);
                problems(broken).draw(flow);
                flow.tags().end();
            }
            flow.close();
            PageFrame.apply(flow, new PageFrame.Marks(title, "", false,
                    Messages.get("portfolio.pdf.footer", asOf.toString())));
            flow.tags().finish(Messages.get("report.language"));
            String creator = Messages.get("report.meta.creator", ProductVersion.current());
            ArchivalMetadata.apply(doc, new ArchivalMetadata.Values(title, "",
                    Messages.get("portfolio.pdf.subject", folder, asOf.toString()), Messages.get("portfolio.pdf.keywords"),
                    creator, creator, asOf.atStartOfDay(ZoneOffset.UTC).toInstant(), fingerprint(portfolio, title),
                    false, "portfolio"));
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static Table assessments(List<PortfolioEntry> entries) {
        List<String> headers = PortfolioTable.headers();
        List<Cell> head = new ArrayList<>();
        for (int i = 0; i < WEIGHTS.length; i++) {
            head.add(align(Cell.head(headers.get(i)), i));
        }
        Table table = new Table(WEIGHTS, head).rowHeaders();
        for (PortfolioEntry e : entries) {
            List<String> row = PortfolioTable.row(e);
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < WEIGHTS.length; i++) {
                Cell c = align(Cell.of(row.get(i)), i);
                // Edited after sign-off is the state that needs someone's attention.
                boolean edited = i == STATUS && e.summary().state() == SignOffState.EDITED_AFTER_SIGN_OFF;
                cells.add(edited ? new Cell(c.text(), Styles.SMALL_BOLD.withColor(Palette.WARNING), null, c.align()) : c);
            }
            table.row(cells);
        }
        return table;
    }

    /** Counts and the coverage line up on the right, as numbers do. */
    private static Cell align(Cell c, int column) {
        return column == COVERAGE || PortfolioTable.NUMBER_COLUMNS.contains(column) ? c.align(Table.Align.RIGHT) : c;
    }

    private static Table problems(List<PortfolioEntry> broken) {
        List<String> headers = PortfolioTable.headers();
        Table table = new Table(new float[] {1, 2}, List.of(Cell.head(headers.get(0)), Cell.head(headers.get(PROBLEM))))
                .rowHeaders();
        for (PortfolioEntry e : broken) {
            table.row(Cell.of(e.relativePath()), Cell.of(e.problem()));
        }
        return table;
    }

    /** A hash of every cell shown: the same portfolio, the same document ID. */
    private static String fingerprint(Portfolio p, String title) {
        StringBuilder sb = new StringBuilder(title).append('\n');
        PortfolioTable.rows(p).forEach(r -> sb.append(String.join("\u001f", r)).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.demarc.report.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.demarc.model.ReportProfile;
import org.demarc.report.layout.Palette;
import org.demarc.report.layout.Styles;
import org.demarc.report.layout.Transcript;
import org.demarc.report.sections.ReportContext;
import org.demarc.report.text.TextStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The report's editable twin: a Word document written from the {@link Transcript} of the very
 * sections the PDF draws, so both say the same. Headings become Word headings (Heading 1–3, each
 * section on a new page), tables become tables with a repeated header row, charts the table of
 * their figures. Its first page says it is a working copy and the signed PDF the record; the
 * profile's marking heads every page and its logo opens the first. Deterministic: dates come from
 * the report's own date (see {@link DeterministicZip}).
 */
public final class DocxReport {
    private static final int LOGO_MAX_WIDTH = 150;
    private static final int LOGO_MAX_HEIGHT = 56;

    private DocxReport() {
    }

    public static byte[] write(ReportContext ctx, Transcript transcript) throws IOException {
        WordBody body = new WordBody();
        for (Transcript.Block block : transcript.blocks()) {
            if (block instanceof Transcript.Paragraph p) {
                if (!p.text().isBlank()) {
                    body.paragraph(p.text(), p.style(), heading(p.style()));
                }
            } else if (block instanceof Transcript.Grid g) {
                body.table(g);
            }
        }
        XWPFDocument doc = new SplicedDocument(body.xml());
        try {
            headingStyles(doc);
            properties(doc, ctx);
            header(doc, ctx);
            footer(doc, ctx);
            XWPFParagraph notice = doc.createParagraph();
            run(notice, ReportContext.text("report.docx.workingCopy"), Styles.BODY_BOLD.withColor(Palette.DRAFT));
            logo(doc, ctx.profile());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return DeterministicZip.normalise(out.toByteArray(), ctx.reportInstant());
        } finally {
            // Not close(): on a new document it saves the whole package once more, into a buffer nobody reads.
            doc.getPackage().revert();
        }
    }

    /** Heading 1–3 and Title, defined so Word and LibreOffice list them in the navigator and outline. */
    private static void headingStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        style(styles, "Title", "Title", 0);
        for (int level = 1; level <= 3; level++) {
            style(styles, "Heading" + level, "heading " + level, level);
        }
    }

    private static void style(XWPFStyles styles, String id, String name, int level) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        CTString n = CTString.Factory.newInstance();
        n.setVal(name);
        ct.setName(n);
        CTString based = CTString.Factory.newInstance();
        based.setVal("Normal");
        ct.setBasedOn(based);
        ct.addNewQFormat();
        if (level > 0) {
            CTDecimalNumber outline = CTDecimalNumber.Factory.newInstance();
            outline.setVal(BigInteger.valueOf(level - 1L));
            CTPPrGeneral ppr = CTPPrGeneral.Factory.newInstance();
            ppr.setOutlineLvl(outline);
            ppr.addNewKeepNext();
            ct.setPPr(ppr);
        }
        XWPFStyle style = new XWPFStyle(ct);
        style.setType(STStyleType.PARAGRAPH);
        styles.addStyle(style);
    }

    private static void properties(XWPFDocument doc, ReportContext ctx) {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        Date at = Date.from(ctx.reportInstant());
        core.setCreated(Optional.of(at));
        core.setModified(Optional.of(at));
        core.setTitle(RunFormat.clean(ctx.title()));
        core.setCreator(RunFormat.clean(String.join(", ", ctx.assessment().engagement().assessors())));
        core.setDescription(RunFormat.clean(ReportContext.text("report.docx.workingCopy")));
        core.setIdentifier(ctx.fingerprint());
        doc.getProperties().getExtendedProperties().setApplication("Demarc");
    }

    /** Every page: the marking (when there is one) and the title. */
    private static void header(XWPFDocument doc, ReportContext ctx) {
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        ReportProfile profile = ctx.profile();
        if (!profile.classification().isEmpty()) {
            XWPFParagraph marking = header.createParagraph();
            marking.setAlignment(ParagraphAlignment.CENTER);
            run(marking, profile.classification(), Styles.SMALL_BOLD.withColor(Palette.DRAFT));
        }
        XWPFParagraph title = header.createParagraph();
        run(title, ctx.title() + "  \u2013  " + ReportContext.text("report.docx.header"), Styles.SMALL_MUTED);
    }

    /** Every page: the footer text, the marking again, and the page number. */
    private static void footer(XWPFDocument doc, ReportContext ctx) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        ReportProfile profile = ctx.profile();
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        StringBuilder text = new StringBuilder();
        if (!profile.footer().isEmpty()) {
            text.append(profile.footer()).append(ReportContext.text("report.profile.separator"));
        }
        if (!profile.classification().isEmpty()) {
            text.append(profile.classification()).append(ReportContext.text("report.profile.separator"));
        }
        run(p, text + ReportContext.text("report.footer.fingerprint", ctx.shortFingerprint())
                + ReportContext.text("report.profile.separator"), Styles.SMALL_MUTED);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    private static void logo(XWPFDocument doc, ReportProfile profile) throws IOException {
        if (!profile.hasLogo()) {
            return;
        }
        byte[] bytes = profile.logoBytes();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null) {
            return; // checked when it was chosen or read (org.demarc.io.LogoImage)
        }
        double scale = Math.min((double) LOGO_MAX_WIDTH / image.getWidth(), (double) LOGO_MAX_HEIGHT / image.getHeight());
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        boolean png = org.demarc.io.LogoImage.type(bytes).equals("png");
        try {
            p.createRun().addPicture(new ByteArrayInputStream(bytes), png ? PictureType.PNG : PictureType.JPEG,
                    "logo" + (png ? ".png" : ".jpg"), Units.toEMU(image.getWidth() * scale),
                    Units.toEMU(image.getHeight() * scale));
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /** The Word style for a heading of the report (told by its size), or null for body text. */
    static String heading(TextStyle style) {
        if (style.weight() != TextStyle.Weight.BOLD) {
            return null;
        }
        if (style.size() == Styles.TITLE.size()) {
            return "Title";
        }
        if (style.size() == Styles.H1.size()) {
            return "Heading1";
        }
        if (style.size() == Styles.H2.size()) {
            return "Heading2";
        }
        return style.size() == Styles.H3.size() ? "Heading3" : null;
    }

    /** The working-copy notice, header and footer: one run per text, its lines joined by line breaks. */
    private static void run(XWPFParagraph p, String text, TextStyle style) {
        RunFormat format = RunFormat.of(style);
        XWPFRun run = p.createRun();
        run.setBold(format.bold());
        run.setFontSize(format.halfPoints() / 2);
        if (format.font() != null) {
            run.setFontFamily(format.font());
        }
        if (format.color() != null) {
            run.setColor(format.color());
        }
        String[] lines = RunFormat.clean(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }
}

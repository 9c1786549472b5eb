package org.demarc.report.sign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.demarc.model.Messages;
import org.demarc.report.layout.Palette;
import org.demarc.report.layout.Pen;
import org.demarc.report.layout.SignatureBox;
import org.demarc.report.layout.Styles;
import org.demarc.report.pdfa.ArchivalMetadata;
import org.demarc.report.text.FontSet;
import org.demarc.report.text.Line;
import org.demarc.report.text.TextStyle;
import org.demarc.report.text.Typesetter;

/**
 * Signs a rendered report in its signature field as PAdES baseline B-B, appended as an
 * incremental update so the signed bytes are exactly the report as rendered. The visible signature
 * uses the shipped, embedded fonts only, so the file stays PDF/A-2b.
 */
public final class PadesSigner {
    public static final COSName SUB_FILTER = COSName.getPDFName("ETSI.CAdES.detached");
    private static final int SIGNATURE_SIZE = 32 * 1024;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private PadesSigner() {
    }

    /**
     * @throws IllegalArgumentException when the PDF has no empty Demarc signature field or the
     *                                  certificate may not sign ({@link CertificatePolicy})
     */
    public static byte[] sign(byte[] pdf, PrivateKey key, List<X509Certificate> chain, Instant when)
            throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            PDSignatureField field = form == null ? null : field(form);
            if (field == null || field.getSignature() != null) {
                throw new IllegalArgumentException(Messages.get("report.sign.noField"));
            }
            X509Certificate cert = chain.get(0);
            List<String> problems = CertificatePolicy.problems(cert, when);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(Messages.get("report.sign.unusableCertificate",
                        String.join("; ", problems)));
            }
            Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            calendar.setTimeInMillis(when.toEpochMilli() / 1000 * 1000);
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(SUB_FILTER);
            signature.setName(CertificateNames.commonName(cert.getSubjectX500Principal()));
            signature.setReason(Messages.get("report.sign.reason", fingerprint(doc)));
            signature.setSignDate(calendar);
            field.getCOSObject().setItem(COSName.V, signature);

            PDAnnotationWidget widget = field.getWidgets().get(0);
            PDRectangle rect = widget.getRectangle();
            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            doc.addSignature(signature, new CadesSignature(key, chain), options);
            widget.setRectangle(rect);
            widget.setAppearance(appearance(doc, rect, cert, when, fingerprint(doc)));
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE);
            doc.saveIncremental(out);
            options.close();
            return out.toByteArray();
        }
    }

    private static PDSignatureField field(PDAcroForm form) {
        PDField f = form.getField(SignatureBox.FIELD_NAME);
        return f instanceof PDSignatureField s ? s : null;
    }

    private static String fingerprint(PDDocument doc) throws IOException {
        var metadata = doc.getDocumentCatalog().getMetadata();
        String fp = metadata == null ? null : ArchivalMetadata.fingerprintOf(metadata.toByteArray());
        return fp == null ? "" : fp;
    }

    private static PDAppearanceDictionary appearance(PDDocument doc, PDRectangle rect, X509Certificate cert,
                                                     Instant when, String fingerprint) {
        PDAppearanceStream stream = new PDAppearanceStream(doc);
        stream.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
        stream.setResources(new PDResources());
        Typesetter ts = new Typesetter(new FontSet(doc));
        float pad = 6;
        float width = rect.getWidth() - 2 * pad;
        try (PDPageContentStream cs = new PDPageContentStream(doc, stream)) {
            Pen.fill(cs, 0, 0, rect.getWidth(), rect.getHeight(), Palette.HEADER_FILL);
            Pen.fill(cs, 0, 0, 3, rect.getHeight(), Palette.ACCENT);
            float y = rect.getHeight() - pad;
            y = draw(cs, ts, Messages.get("report.sign.appearance.signedBy",
                    CertificateNames.commonName(cert.getSubjectX500Principal())), Styles.SMALL_BOLD, pad, y, width);
            y = draw(cs, ts, Messages.get("report.sign.appearance.when", WHEN.format(when)), Styles.SMALL, pad, y,
                    width);
            y = draw(cs, ts, Messages.get("report.sign.appearance.issuer",
                    CertificateNames.commonName(cert.getIssuerX500Principal())), Styles.SMALL, pad, y, width);
            draw(cs, ts, Messages.get("report.sign.appearance.fingerprint",
                    fingerprint.length() > 12 ? fingerprint.substring(0, 12) : fingerprint), Styles.SMALL_MUTED, pad, y,
                    width);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PDAppearanceDictionary ap = new PDAppearanceDictionary();
        ap.setNormalAppearance(stream);
        return ap;
    }

    /** Draws the first line of a text if it fits above the bottom; returns the next line's top. */
    private static float draw(PDPageContentStream cs, Typesetter ts, String text, TextStyle style, float x, float top,
                              float width) {
        if (top - style.lineHeight() < 0) {
            return top;
        }
        Line line = ts.lines(text, style, width).get(0);
        Pen.text(cs, ts.fonts(), line, x, top - style.size());
        return top - style.lineHeight();
    }
}

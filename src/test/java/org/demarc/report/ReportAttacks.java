package org.demarc.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Calendar;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSUpdateInfo;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** What an attacker does to a signed report with an ordinary PDF library, for the verification tests. */
public final class ReportAttacks {
    public static final String PAINTED = "ALL CONTROLS IMPLEMENTED - NO GAPS";

    private ReportAttacks() {
    }

    /**
     * An incremental update that paints {@link #PAINTED} over the cover and swaps the fingerprint
     * in the XMP metadata for another project's.
     */
    public static byte[] paintOverAndSwapFingerprint(byte[] signed, String fingerprint, String replacement)
            throws IOException {
        try (PDDocument doc = Loader.loadPDF(signed); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage cover = doc.getPage(0);
            try (PDPageContentStream cs = new PDPageContentStream(doc, cover, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                cs.setNonStrokingColor(1f, 1f, 1f);
                cs.addRect(40, 380, 520, 260);
                cs.fill();
                cs.beginText();
                cs.setNonStrokingColor(0f, 0.5f, 0f);
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 20);
                cs.newLineAtOffset(50, 500);
                cs.showText(PAINTED);
                cs.endText();
            }
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            PDMetadata swapped = new PDMetadata(doc, new ByteArrayInputStream(
                    xmp.replace(fingerprint, replacement).getBytes(StandardCharsets.UTF_8)));
            doc.getDocumentCatalog().setMetadata(swapped);
            updated(doc.getDocumentCatalog().getCOSObject());
            updated(cover.getCOSObject());
            updated(cover.getCOSObject().getDictionaryObject(COSName.CONTENTS));
            updated(cover.getCOSObject().getDictionaryObject(COSName.RESOURCES));
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    private static JcaContentSignerBuilder contentSigner(String algorithm, java.security.Provider provider) {
        JcaContentSignerBuilder b = new JcaContentSignerBuilder(algorithm);
        return provider == null ? b : b.setProvider(provider);
    }

    private static void updated(COSBase object) {
        if (object instanceof COSUpdateInfo info) {
            info.setNeedToBeUpdated(true);
        }
    }

    /** A second signature as an incremental update, made with the key in {@code keyStore} (a TestKeys store). */
    public static byte[] countersign(byte[] pdf, Path keyStore) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keyStore)) {
            ks.load(in, TestKeys.PASSWORD.toCharArray());
        }
        PrivateKey key = (PrivateKey) ks.getKey(TestKeys.ALIAS, TestKeys.PASSWORD.toCharArray());
        X509Certificate cert = (X509Certificate) ks.getCertificate(TestKeys.ALIAS);
        return signWith(pdf, key, cert, "SHA256withRSA", null);
    }

    /**
     * A signature as an incremental update the way another PDF tool makes one, in the first empty
     * signature field (the report's own when it is unsigned), without Demarc's certificate rules.
     */
    static byte[] signWith(byte[] pdf, PrivateKey key, X509Certificate cert, String algorithm,
                           java.security.Provider provider) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDSignature sig = new PDSignature();
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            sig.setName(TestKeys.SIGNER);
            sig.setSignDate(Calendar.getInstance());
            doc.addSignature(sig, content -> {
                try {
                    CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
                    gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                            new JcaDigestCalculatorProviderBuilder().build())
                            .build(contentSigner(algorithm, provider).build(key), cert));
                    gen.addCertificate(new JcaX509CertificateHolder(cert));
                    return gen.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
                } catch (Exception e) {
                    throw new IOException(e);
                }
            });
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }
}

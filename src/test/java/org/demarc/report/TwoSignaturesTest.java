package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify names every signature, the revision each covers, and a second signer's other key. */
class TwoSignaturesTest {
    @TempDir
    Path dir;

    @Test
    void everySignatureIsReportedWithItsRevision() throws Exception {
        ReportExporter exporter = new ReportExporter();
        byte[] pdf = Reports.render(Reports.signedOffSample());
        Path first = TestKeys.keyStore(Files.createDirectory(dir.resolve("a")));
        Path second = TestKeys.keyStore(Files.createDirectory(dir.resolve("b")));
        byte[] once = exporter.sign(pdf, new SigningKey(first, TestKeys.ALIAS, TestKeys.PASSWORD.toCharArray()));
        byte[] twice = countersign(once, second);

        var v = ReportVerifier.verify(twice, null);
        assertThat(v.findings()).contains("Signature 1 of 2 covers revision 2 of 3 of the file.",
                "Signature 2 of 2 covers revision 3 of 3 of the file.",
                "Signature 2 is made with another key than the first signature.",
                "The last signature covers the whole file.");
        assertThat(v.findings().stream().filter(f -> f.startsWith("Signature intact"))).hasSize(2);

        byte[] appended = java.util.Arrays.copyOf(twice, twice.length + 30);
        System.arraycopy("\n% appended after signing\n%%EOF\n".getBytes(), 0, appended, twice.length, 30);
        var after = ReportVerifier.verify(appended, null);
        assertThat(after.passed()).isFalse();
        assertThat(after.findings()).anyMatch(f -> f.startsWith("NOT COVERED"));
    }

    /** A second signer's signature as an incremental update, the way another PDF tool adds one. */
    private static byte[] countersign(byte[] pdf, Path keyStore) throws Exception {
        java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keyStore)) {
            ks.load(in, TestKeys.PASSWORD.toCharArray());
        }
        var key = (java.security.PrivateKey) ks.getKey(TestKeys.ALIAS, TestKeys.PASSWORD.toCharArray());
        var cert = (java.security.cert.X509Certificate) ks.getCertificate(TestKeys.ALIAS);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf);
             var out = new java.io.ByteArrayOutputStream()) {
            var sig = new org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature();
            sig.setFilter(org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            sig.setSignDate(java.util.Calendar.getInstance());
            doc.addSignature(sig, content -> {
                try {
                    var gen = new org.bouncycastle.cms.CMSSignedDataGenerator();
                    var signer = new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withRSA").build(key);
                    gen.addSignerInfoGenerator(new org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder(
                            new org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder().build())
                            .build(signer, cert));
                    gen.addCertificate(new org.bouncycastle.cert.jcajce.JcaX509CertificateHolder(cert));
                    return gen.generate(new org.bouncycastle.cms.CMSProcessableByteArray(content.readAllBytes()), false)
                            .getEncoded();
                } catch (Exception e) {
                    throw new java.io.IOException(e);
                }
            });
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }
}

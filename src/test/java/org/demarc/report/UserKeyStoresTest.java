package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSSignedData;
import org.demarc.model.Assessment;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PKCS#12 files as users bring them, made by the tools they use: OpenSSL 3's defaults (AES-256,
 * PBES2), OpenSSL's legacy encryption (RC2 and 3DES, as Windows exports), the JDK's keytool; RSA of
 * 2048, 3072 and 4096 bits, EC keys on P-256 and P-384, a chain with an intermediate CA. Each signs
 * a report that verifies, or is refused in Demarc's words (Ed25519, Ed448). Assumes the
 * {@code openssl} command (OpenSSL 3) is installed; without it the OpenSSL cases are skipped.
 */
@Tag("external")
class UserKeyStoresTest {
    private static final String PASSWORD = "user-pass-123";

    private static final Assessment PROJECT = Reports.signedOffSample();
    private static final byte[] UNSIGNED = Reports.render(PROJECT);

    @TempDir
    static Path dir;

    /** What made the file: the key, then how the PKCS#12 file is encrypted. */
    static Stream<Arguments> openSslStores() {
        return Stream.of(
                arguments("RSA 2048, OpenSSL 3 default (AES-256, PBES2)", rsa(2048), List.of()),
                arguments("RSA 3072, OpenSSL 3 default (AES-256, PBES2)", rsa(3072), List.of()),
                arguments("RSA 4096, OpenSSL legacy (RC2-40, 3DES, SHA-1 MAC)", rsa(4096), List.of("-legacy")),
                arguments("RSA 2048, Windows-style 3DES", rsa(2048), windows3Des()),
                arguments("EC P-256, OpenSSL 3 default", ec("P-256"), List.of()),
                arguments("EC P-384, OpenSSL legacy", ec("P-384"), List.of("-legacy")),
                arguments("EC P-384, Windows-style 3DES", ec("P-384"), windows3Des()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("openSslStores")
    void openSslKeyStoreSignsAndVerifies(String what, List<String> key, List<String> encryption) throws Exception {
        Path p12 = selfSigned(key, encryption);
        assertSignsAndVerifies(p12, 1);
    }

    @Test
    void chainWithAnIntermediateCaSignsAndCarriesTheChain() throws Exception {
        requireOpenSsl();
        Path d = Files.createTempDirectory(dir, "chain");
        openssl(d, "req", "-x509", "-newkey", "rsa:3072", "-nodes", "-keyout", "root.key", "-out", "root.crt",
                "-days", "30", "-subj", "/CN=Test Root CA/O=Demarc test", "-addext", "basicConstraints=critical,CA:TRUE",
                "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        openssl(d, "req", "-newkey", "rsa:3072", "-nodes", "-keyout", "int.key", "-out", "int.csr",
                "-subj", "/CN=Test Issuing CA/O=Demarc test");
        Files.writeString(d.resolve("int.ext"), "basicConstraints=critical,CA:TRUE,pathlen:0\n"
                + "keyUsage=critical,keyCertSign,cRLSign\n");
        openssl(d, "x509", "-req", "-in", "int.csr", "-CA", "root.crt", "-CAkey", "root.key", "-CAcreateserial",
                "-out", "int.crt", "-days", "30", "-extfile", "int.ext");
        openssl(d, "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "leaf.key",
                "-out", "leaf.csr", "-subj", "/CN=Dana Whitfield/O=Demarc test");
        Files.writeString(d.resolve("leaf.ext"), "basicConstraints=CA:FALSE\n"
                + "keyUsage=critical,digitalSignature,nonRepudiation\n");
        openssl(d, "x509", "-req", "-in", "leaf.csr", "-CA", "int.crt", "-CAkey", "int.key", "-CAcreateserial",
                "-out", "leaf.crt", "-days", "30", "-extfile", "leaf.ext");
        Files.writeString(d.resolve("chain.pem"), Files.readString(d.resolve("int.crt"))
                + Files.readString(d.resolve("root.crt")));
        openssl(d, "pkcs12", "-export", "-inkey", "leaf.key", "-in", "leaf.crt", "-certfile", "chain.pem",
                "-name", "signer", "-out", "chain.p12", "-passout", "pass:" + PASSWORD);
        assertSignsAndVerifies(d.resolve("chain.p12"), 3);
    }

    @Test
    void keytoolKeyStoresSignAndVerify() throws Exception {
        for (String[] key : List.of(new String[] {"RSA", "3072"}, new String[] {"EC", "256"},
                new String[] {"EC", "384"})) {
            Path p12 = Files.createTempDirectory(dir, "keytool").resolve("keytool.p12");
            run(p12.getParent(), keytool(), "-genkeypair", "-keyalg", key[0], "-keysize", key[1], "-alias", "me",
                    "-dname", "CN=Keytool Signer, O=Demarc test", "-validity", "30", "-storetype", "PKCS12",
                    "-keystore", p12.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
            assertSignsAndVerifies(p12, 1);
        }
    }

    static Stream<Arguments> refusedKeys() {
        return Stream.of(arguments("Ed25519", List.of("genpkey", "-algorithm", "ED25519")),
                arguments("Ed448", List.of("genpkey", "-algorithm", "ED448")));
    }

    /** Readers (pdfsig, Adobe Reader, the EU's DSS) reject EdDSA signatures in PDF: refused before signing. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedKeys")
    void edwardsCurveKeysAreRefusedNamingWhatReadersVerify(String type, List<String> key) throws Exception {
        Path p12 = selfSigned(key, List.of());
        assertThatThrownBy(() -> new ReportExporter().sign(UNSIGNED, new SigningKey(p12, null,
                PASSWORD.toCharArray())))
                .isInstanceOf(ReportSigningException.class)
                .hasMessageStartingWith("the key cannot sign a Demarc report: the key type " + type)
                .hasMessageContaining("RSA of 2048 bits or more").hasMessageContaining("ECDSA on P-256, P-384")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void aKeyForEnciphermentOnlyIsRefusedWithItsReason() throws Exception {
        Path p12 = selfSigned(rsa(2048), List.of(), "keyUsage=critical,keyEncipherment");
        assertThatThrownBy(() -> new ReportExporter().sign(UNSIGNED, new SigningKey(p12, null,
                PASSWORD.toCharArray())))
                .isInstanceOf(ReportSigningException.class)
                .hasMessageContaining("allows neither digital signatures nor non-repudiation");
    }

    @Test
    void aWrongPasswordForAnOpenSslStoreIsTold() throws Exception {
        Path p12 = selfSigned(rsa(2048), List.of());
        assertThatThrownBy(() -> new ReportExporter().sign(UNSIGNED, new SigningKey(p12, null,
                "not-it".toCharArray())))
                .isInstanceOf(ReportSigningException.class).hasMessageContaining("wrong password");
    }

    private static void assertSignsAndVerifies(Path p12, int certificates) throws Exception {
        byte[] pdf = new ReportExporter().sign(UNSIGNED, new SigningKey(p12, null, PASSWORD.toCharArray()));
        var v = ReportVerifier.verify(pdf, PROJECT);
        assertThat(v.passed()).as(String.join("\n", v.findings())).isTrue();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // The signature's /Contents is padded with zeros after the DER object.
            byte[] contents = doc.getLastSignatureDictionary().getContents(pdf);
            try (ASN1InputStream in = new ASN1InputStream(contents)) {
                CMSSignedData cms = new CMSSignedData(ContentInfo.getInstance(in.readObject()));
                assertThat(cms.getCertificates().getMatches(null)).hasSize(certificates);
            }
        }
    }

    private static List<String> rsa(int bits) {
        return List.of("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:" + bits);
    }

    private static List<String> ec(String curve) {
        return List.of("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:" + curve);
    }

    /** As the Windows certificate export wizard wrote them for years: 3DES for key and certificates, SHA-1 MAC. */
    private static List<String> windows3Des() {
        return List.of("-keypbe", "PBE-SHA1-3DES", "-certpbe", "PBE-SHA1-3DES", "-macalg", "sha1");
    }

    private static Path selfSigned(List<String> key, List<String> encryption, String... extensions) throws Exception {
        requireOpenSsl();
        Path d = Files.createTempDirectory(dir, "openssl");
        List<String> genkey = new ArrayList<>(key);
        genkey.addAll(List.of("-out", "key.pem"));
        openssl(d, genkey.toArray(String[]::new));
        List<String> req = new ArrayList<>(List.of("req", "-x509", "-new", "-key", "key.pem", "-out", "cert.pem",
                "-days", "30", "-subj", "/CN=OpenSSL Signer/O=Demarc test"));
        for (String e : extensions.length == 0 ? new String[] {"keyUsage=critical,digitalSignature,nonRepudiation"}
                : extensions) {
            req.addAll(List.of("-addext", e));
        }
        openssl(d, req.toArray(String[]::new));
        List<String> export = new ArrayList<>(List.of("pkcs12", "-export", "-inkey", "key.pem", "-in", "cert.pem",
                "-name", "signer", "-out", "store.p12", "-passout", "pass:" + PASSWORD));
        export.addAll(encryption);
        openssl(d, export.toArray(String[]::new));
        return d.resolve("store.p12");
    }

    private static void requireOpenSsl() {
        boolean present;
        try {
            present = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            present = false;
        }
        Assumptions.assumeTrue(present, "the openssl command is not installed: key stores made by OpenSSL untested");
    }

    private static void openssl(Path workDir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("openssl"));
        cmd.addAll(List.of(args));
        run(workDir, cmd.toArray(String[]::new));
    }

    private static String keytool() {
        return Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    }

    private static void run(Path workDir, String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(cmd[0] + " did not finish");
        }
        assertThat(p.exitValue()).as(String.join(" ", cmd) + "\n" + out).isZero();
    }
}

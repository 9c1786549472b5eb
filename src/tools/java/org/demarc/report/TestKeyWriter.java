package org.demarc.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Writes {@code src/test/resources/org/demarc/report/test-keys.properties}: new RSA keys for the
 * signing tests ({@link StoredTestKeys}), one per holder of {@link TestKeys} and per RSA kind of
 * {@link TestCertificates}. Run by hand when a test needs another stored key.
 */
public final class TestKeyWriter {
    private TestKeyWriter() {
    }

    public static void main(String[] args) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("# RSA keys of the signing tests (PKCS#8, base64), written by TestKeyWriter.");
        lines.add("# They sign nothing real: each name is a different key, made once instead of in every test JVM.");
        for (String name : TestKeys.keyNames()) {
            lines.add(name + "=" + encode(TestKeys.generate()));
        }
        for (TestCertificates.Spec spec : TestCertificates.storedKinds()) {
            lines.add(spec.keyName() + "=" + encode(TestCertificates.generate(spec)));
        }
        Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/org/demarc/report/" + StoredTestKeys.FILE);
        Files.write(out, lines, StandardCharsets.ISO_8859_1);
        System.out.println("wrote " + out);
    }

    private static String encode(KeyPair pair) {
        return Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
    }
}

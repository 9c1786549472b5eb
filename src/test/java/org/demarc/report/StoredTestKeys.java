package org.demarc.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * The RSA keys of the signing tests, generated once ({@code src/tools/.../TestKeyWriter}) and kept
 * in {@code test-keys.properties}: generating a 2048-bit RSA key takes about a second and a half of
 * processor time in the quick tier's JVMs, most of a signing test. They sign nothing real; each
 * name is a different key, so tests that need two keys still get two. Other kinds are generated.
 */
final class StoredTestKeys {
    static final String FILE = "test-keys.properties";
    private static final Properties KEYS = read();

    private StoredTestKeys() {
    }

    /** The stored key of this name, if there is one. */
    static Optional<KeyPair> get(String name) {
        String encoded = KEYS.getProperty(name);
        if (encoded == null) {
            return Optional.empty();
        }
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(encoded)));
            return Optional.of(new KeyPair(rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(),
                    key.getPublicExponent())), key));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the stored test key " + name + " is damaged", e);
        }
    }

    private static Properties read() {
        Properties p = new Properties();
        try (InputStream in = StoredTestKeys.class.getResourceAsStream(FILE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}

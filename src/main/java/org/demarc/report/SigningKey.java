package org.demarc.report;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * A PKCS#12 key store (.p12/.pfx) with the alias of the key to sign with (null: the only key in
 * it) and its password. The password array belongs to this object from construction on and is wiped
 * (filled with zeros) by {@link ReportExporter#sign} when it returns, successful or not; call
 * {@link #wipe()} if the key is never used. A SigningKey is therefore good for one signature.
 */
public final class SigningKey {
    private final Path keyStore;
    private final String alias;
    private final char[] password;

    public SigningKey(Path keyStore, String alias, char[] password) {
        this.keyStore = Objects.requireNonNull(keyStore, "keyStore");
        this.alias = alias;
        this.password = Objects.requireNonNull(password, "password");
    }

    public Path keyStore() {
        return keyStore;
    }

    /** The alias, or null to use the only private key in the store. */
    public String alias() {
        return alias;
    }

    char[] password() {
        return password;
    }

    /** Overwrites the password in memory. */
    public void wipe() {
        Arrays.fill(password, '\0');
    }
}

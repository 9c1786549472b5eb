package org.demarc.report.sign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.demarc.model.Messages;

/**
 * The signer's key and certificate chain, read from a PKCS#12 key store (.p12/.pfx). Every way it
 * can fail is told in the user's words: wrong password, not a key store, several keys and no alias
 * chosen, no such alias.
 */
public record SigningKeyStore(PrivateKey key, List<X509Certificate> chain) {
    public SigningKeyStore {
        chain = List.copyOf(chain);
    }

    /** Why a key store gave no key; the message is ready to show. */
    public static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Reads the key named {@code alias}, or the only key when {@code alias} is null. */
    public static SigningKeyStore read(Path file, String alias, char[] password) throws Unusable {
        KeyStore store;
        try (InputStream in = Files.newInputStream(file)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
        } catch (IOException | GeneralSecurityException e) {
            boolean badPassword = e.getCause() instanceof java.security.UnrecoverableKeyException
                    || e instanceof IOException && e.getCause() instanceof javax.crypto.BadPaddingException
                    || String.valueOf(e.getMessage()).contains("password");
            throw new Unusable(Messages.get(badPassword ? "report.sign.badPassword"
                    : "report.sign.unreadableKeyStore", file), e);
        }
        try {
            List<String> aliases = alias != null ? List.of(alias)
                    : Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).toList();
            if (aliases.size() != 1 || !store.isKeyEntry(aliases.get(0))) {
                throw new Unusable(alias == null
                        ? Messages.get("report.sign.chooseAlias", String.join(", ", Collections.list(store.aliases())))
                        : Messages.get("report.sign.noAlias", alias), null);
            }
            String chosen = aliases.get(0);
            Certificate[] certs = store.getCertificateChain(chosen);
            if (certs == null || certs.length == 0 || !(certs[0] instanceof X509Certificate first)) {
                throw new Unusable(Messages.get("report.sign.noAlias", chosen), null);
            }
            // Refused before the private key is read: the JDK cannot even load some keys Demarc refuses.
            String keyProblem = CertificatePolicy.keyProblem(first.getPublicKey());
            if (keyProblem != null) {
                throw new Unusable(Messages.get("report.sign.unusableCertificate", keyProblem), null);
            }
            Key k = store.getKey(chosen, password);
            if (!(k instanceof PrivateKey privateKey)) {
                throw new Unusable(Messages.get("report.sign.noAlias", chosen), null);
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : certs) {
                chain.add((X509Certificate) c);
            }
            return new SigningKeyStore(privateKey, chain);
        } catch (GeneralSecurityException e) {
            throw new Unusable(Messages.get("report.sign.badPassword", file), e);
        } catch (RuntimeException e) {
            // A key the JDK's providers do not understand: said in Demarc's words, not the library's.
            throw new Unusable(Messages.get("report.sign.unusableCertificate",
                    Messages.get("report.cert.unreadable")), e);
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}

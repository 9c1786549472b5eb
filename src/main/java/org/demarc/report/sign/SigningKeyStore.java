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

    /** One private key of a store as a person picks it: its alias and its certificate's name and validity. */
    public record Entry(String alias, String commonName, java.time.Instant notBefore, java.time.Instant notAfter) {
    }

    /**
     * The private-key entries of a store, by alias, to choose from when there are several; an entry
     * without an X.509 certificate is listed with an empty name. The password is not wiped.
     */
    public static List<Entry> entries(Path file, char[] password) throws Unusable {
        KeyStore store = load(file, password);
        List<Entry> out = new ArrayList<>();
        for (String a : Collections.list(aliases(store))) {
            if (!isKey(store, a)) {
                continue;
            }
            Certificate c = certificate(store, a);
            out.add(c instanceof X509Certificate x
                    ? new Entry(a, CertificateNames.commonName(x.getSubjectX500Principal()),
                            x.getNotBefore().toInstant(), x.getNotAfter().toInstant())
                    : new Entry(a, "", null, null));
        }
        out.sort(java.util.Comparator.comparing(Entry::alias));
        return out;
    }

    /** Reads the key named {@code alias}, or the only key when {@code alias} is null. */
    public static SigningKeyStore read(Path file, String alias, char[] password) throws Unusable {
        KeyStore store = load(file, password);
        return read(store, file, alias, password);
    }

    private static KeyStore load(Path file, char[] password) throws Unusable {
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
        return store;
    }

    private static SigningKeyStore read(KeyStore store, Path file, String alias, char[] password) throws Unusable {
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

    /** A loaded store always lists its aliases; the exception is for one never loaded. */
    private static java.util.Enumeration<String> aliases(KeyStore store) {
        try {
            return store.aliases();
        } catch (GeneralSecurityException e) {
            return Collections.emptyEnumeration();
        }
    }

    private static Certificate certificate(KeyStore store, String alias) {
        try {
            return store.getCertificate(alias);
        } catch (GeneralSecurityException e) {
            return null;
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

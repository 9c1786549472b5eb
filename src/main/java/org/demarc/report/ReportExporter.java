package org.demarc.report;

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
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.demarc.model.Assessment;
import org.demarc.model.Messages;
import org.demarc.io.AtomicFileWriter;
import org.demarc.report.sign.PadesSigner;

/**
 * The one way to make the responsibility report, for the GUI and the command line alike. Plain Java,
 * no UI toolkit: call it from a background task.
 *
 * <pre>{@code
 * ReportExporter exporter = new ReportExporter();
 * byte[] pdf = exporter.render(assessment, ReportOptions.defaults(),
 *         (fraction, step) -> { updateProgress(fraction, 1); updateMessage(step); },
 *         this::isCancelled);                       // inside a javafx.concurrent.Task
 * if (key != null) {
 *     pdf = exporter.sign(pdf, new SigningKey(p12, alias, passwordChars)); // wipes the password
 * }
 * ReportExporter.write(target, pdf);                // atomic: old file or new file, never half
 * }</pre>
 *
 * <p>{@link #render} is deterministic: the same assessment gives the same bytes on any day (dates come
 * from the assessment's sign-off or last recorded change, the document ID from its content
 * fingerprint). The report is PDF/A-2b; a draft (not signed off) carries a DRAFT watermark on every
 * page. {@link #sign} appends a PAdES baseline B-B signature, which keeps the file PDF/A-2b.
 *
 * <p>Instances hold no state and may be shared between threads.
 */
public final class ReportExporter {
    private final Clock clock;

    public ReportExporter() {
        this(Clock.systemUTC());
    }

    /** For tests: the clock gives the signing time. */
    ReportExporter(Clock clock) {
        this.clock = clock;
    }

    /**
     * Renders the report of an assessment as PDF/A-2b bytes.
     *
     * @param assessment the assessment, as loaded or as edited (an unsaved one is fine)
     * @param options    {@link ReportOptions#defaults()} unless the user chose otherwise
     * @param progress   told the fraction done and the current step, on the calling thread
     * @param cancelled  polled between steps; when it answers true, rendering stops
     * @return the PDF
     * @throws CancellationException when {@code cancelled} answered true
     * @throws IOException           only on an internal PDF writing failure (user text never fails)
     */
    public byte[] render(Assessment assessment, ReportOptions options, ProgressListener progress,
                         BooleanSupplier cancelled) throws IOException {
        Objects.requireNonNull(assessment, "assessment");
        return ReportRenderer.render(assessment, options == null ? ReportOptions.defaults() : options,
                progress == null ? ProgressListener.NONE : progress, cancelled == null ? () -> false : cancelled);
    }

    /**
     * Signs a report made by {@link #render} with the key from a PKCS#12 file, as PAdES baseline B-B
     * (ETSI.CAdES.detached) with a visible signature on the sign-off page. The key's password is
     * wiped when this method returns, whatever happens.
     *
     * @return the signed PDF: the input bytes followed by an incremental update
     * @throws ReportSigningException when the key store cannot be read (wrong password, no such
     *                                alias, not PKCS#12) or the PDF is not an unsigned Demarc report;
     *                                the message is in the user's language
     */
    public byte[] sign(byte[] pdf, SigningKey key) throws ReportSigningException {
        try {
            PrivateKeyEntry entry = load(key);
            Instant now = clock.instant();
            return PadesSigner.sign(pdf, entry.key(), entry.chain(), now);
        } catch (IllegalArgumentException e) {
            throw new ReportSigningException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ReportSigningException(Messages.get("report.sign.failed", e.getMessage()), e);
        } finally {
            key.wipe();
        }
    }

    /**
     * Writes a report atomically: a temporary file in the same folder, forced to disk, then moved
     * over {@code target}. A failure leaves the old file (or none) in place.
     */
    public static void write(Path target, byte[] pdf) throws IOException {
        AtomicFileWriter.write(target, pdf, null);
    }

    private record PrivateKeyEntry(PrivateKey key, List<X509Certificate> chain) {
    }

    private static PrivateKeyEntry load(SigningKey key) throws ReportSigningException {
        KeyStore store;
        try (InputStream in = Files.newInputStream(key.keyStore())) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, key.password());
        } catch (IOException | GeneralSecurityException e) {
            boolean badPassword = e.getCause() instanceof java.security.UnrecoverableKeyException
                    || e instanceof IOException && e.getCause() instanceof javax.crypto.BadPaddingException
                    || String.valueOf(e.getMessage()).contains("password");
            throw new ReportSigningException(Messages.get(badPassword ? "report.sign.badPassword"
                    : "report.sign.unreadableKeyStore", key.keyStore()), e);
        }
        try {
            List<String> aliases = key.alias() != null ? List.of(key.alias())
                    : Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).toList();
            if (aliases.size() != 1 || !store.isKeyEntry(aliases.get(0))) {
                throw new ReportSigningException(key.alias() == null
                        ? Messages.get("report.sign.chooseAlias", String.join(", ", Collections.list(store.aliases())))
                        : Messages.get("report.sign.noAlias", key.alias()));
            }
            String alias = aliases.get(0);
            Key k = store.getKey(alias, key.password());
            Certificate[] certs = store.getCertificateChain(alias);
            if (!(k instanceof PrivateKey privateKey) || certs == null || certs.length == 0) {
                throw new ReportSigningException(Messages.get("report.sign.noAlias", alias));
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : certs) {
                chain.add((X509Certificate) c);
            }
            return new PrivateKeyEntry(privateKey, chain);
        } catch (GeneralSecurityException e) {
            throw new ReportSigningException(Messages.get("report.sign.badPassword", key.keyStore()), e);
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

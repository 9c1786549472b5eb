package org.demarc.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.demarc.model.Assessment;
import org.demarc.model.Messages;
import org.demarc.io.AtomicFileWriter;
import org.demarc.report.sign.PadesSigner;
import org.demarc.report.sign.SigningKeyStore;

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
     * Renders the report's editable twin, an unsigned Word document (.docx) with the same sections,
     * marked on its first page as a working copy whose record is the signed PDF. Deterministic like
     * {@link #render}.
     */
    public byte[] renderDocx(Assessment assessment, ReportOptions options, ProgressListener progress,
                             BooleanSupplier cancelled) throws IOException {
        Objects.requireNonNull(assessment, "assessment");
        return ReportRenderer.renderDocx(assessment, options == null ? ReportOptions.defaults() : options,
                progress == null ? ProgressListener.NONE : progress, cancelled == null ? () -> false : cancelled);
    }

    /**
     * Renders the workshop handout: the questions of the chosen domains, with their guidance and the
     * services where the customer holds a share, and room for notes. It carries no answer and nothing
     * internal (findings, comments, owners, evidence). PDF/A-2b and deterministic, like the report.
     *
     * @param domainIds catalog domain ids (see {@link DomainChoice#resolve}); shown in catalog order
     * @throws IllegalArgumentException when {@code domainIds} is empty or names a domain the catalog lacks
     */
    public byte[] renderHandout(Assessment assessment, List<String> domainIds, ProgressListener progress,
                                BooleanSupplier cancelled) throws IOException {
        Objects.requireNonNull(assessment, "assessment");
        List<String> unknown = domainIds.stream().filter(id -> assessment.catalog().domain(id).isEmpty()).toList();
        if (domainIds.isEmpty() || !unknown.isEmpty()) {
            throw new IllegalArgumentException("domains " + domainIds + " (unknown: " + unknown + ")");
        }
        return HandoutRenderer.render(assessment, domainIds, progress == null ? ProgressListener.NONE : progress,
                cancelled == null ? () -> false : cancelled);
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
            SigningKeyStore entry = SigningKeyStore.read(key.keyStore(), key.alias(), key.password());
            Instant now = clock.instant();
            return PadesSigner.sign(pdf, entry.key(), entry.chain(), now);
        } catch (SigningKeyStore.Unusable e) {
            throw new ReportSigningException(e.getMessage(), e);
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
}

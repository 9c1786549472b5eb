package org.demarc.report;

/**
 * Told how far an export is, from any thread the export runs on. A GUI forwards it to the FX thread
 * (for example {@code Task.updateProgress} and {@code updateMessage}).
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (fraction, step) -> { };

    /**
     * @param fraction from 0 to 1
     * @param step     what is being done, in the user's language
     */
    void progress(double fraction, String step);
}

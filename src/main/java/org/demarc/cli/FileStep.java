package org.demarc.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.demarc.io.InvalidFileException;
import org.demarc.report.ReportSigningException;

/**
 * One step of a command that touches one file. A failure leaves the step as a {@link FileFailure}
 * naming that file, so the command's single error path reports it under the right name.
 */
final class FileStep {
    private FileStep() {
    }

    @FunctionalInterface
    interface Work<T> {
        T run() throws IOException, InvalidFileException, ReportSigningException;
    }

    @FunctionalInterface
    interface VoidWork {
        void run() throws IOException, InvalidFileException, ReportSigningException;
    }

    static <T> T on(Path file, Work<T> work) {
        try {
            return work.run();
        } catch (InvalidFileException e) {
            throw new FileFailure(file, e);
        } catch (ReportSigningException e) {
            throw new FileFailure(file, e);
        } catch (IOException e) {
            throw new FileFailure(file, e);
        }
    }

    static void run(Path file, VoidWork work) {
        on(file, () -> {
            work.run();
            return null;
        });
    }
}

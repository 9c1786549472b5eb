package org.demarc.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.demarc.io.InvalidFileException;
import org.demarc.io.Problem;
import org.demarc.model.Messages;

/** A command step failed on one file: the lines to print and the documented exit code. */
final class FileFailure extends RuntimeException {
    private final transient Path file;
    private final transient List<String> reasons;
    private final int exitCode;

    FileFailure(Path file, InvalidFileException e) {
        this(file, e.problems().stream().map(Problem::describe).toList(), ExitCodes.INVALID_INPUT, e);
    }

    FileFailure(Path file, org.demarc.report.ReportSigningException e) {
        this(file, List.of(String.valueOf(e.getMessage())), ExitCodes.INVALID_INPUT, e);
    }

    FileFailure(Path file, IOException e) {
        this(file, List.of(ioReason(e)), ExitCodes.IO_ERROR, e);
    }

    /** A file the command refuses to use, for a reason of its own (message key and arguments). */
    static FileFailure refused(Path file, int exitCode, String key, Object... args) {
        return new FileFailure(file, List.of(Messages.get(key, args)), exitCode, null);
    }

    private FileFailure(Path file, List<String> reasons, int exitCode, Throwable cause) {
        super(reasons.isEmpty() ? "" : reasons.get(0), cause, false, false);
        this.file = file;
        this.reasons = List.copyOf(reasons);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }

    /** One line per reason: "FILE: reason", control and bidi characters escaped. */
    List<String> lines() {
        String key = exitCode == ExitCodes.IO_ERROR ? "cli.ioError" : "cli.fileProblem";
        return reasons.stream().map(r -> Problem.visible(Messages.get(key, file, r))).toList();
    }

    private static String ioReason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return Messages.get("io.notFound");
        } else if (e instanceof AccessDeniedException) {
            return Messages.get("io.accessDenied");
        } else if (e instanceof FileAlreadyExistsException) {
            return Messages.get("io.alreadyExists");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

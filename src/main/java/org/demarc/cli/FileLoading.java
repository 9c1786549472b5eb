package org.demarc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.demarc.catalog.json.InvalidFileException;
import org.demarc.model.Messages;
import org.demarc.model.Problem;

/** How commands report a file they could not use: one line per problem, never a stack trace. */
final class FileLoading {
    private FileLoading() {
    }

    static int invalid(PrintWriter err, Path file, InvalidFileException e) {
        for (Problem p : e.problems()) {
            err.println(Messages.get("cli.fileProblem", file, p.describe()));
        }
        return ExitCodes.INVALID_INPUT;
    }

    static int ioError(PrintWriter err, Path file, IOException e) {
        String reason;
        if (e instanceof NoSuchFileException) {
            reason = Messages.get("io.notFound");
        } else if (e instanceof AccessDeniedException) {
            reason = Messages.get("io.accessDenied");
        } else if (e instanceof FileAlreadyExistsException) {
            reason = Messages.get("io.alreadyExists");
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        err.println(Messages.get("cli.ioError", file, reason));
        return ExitCodes.IO_ERROR;
    }

    static void warnings(PrintWriter err, Path file, java.util.List<Problem> warnings) {
        for (Problem p : warnings) {
            err.println(Messages.get("cli.fileProblem", file, p.describe()));
        }
    }
}

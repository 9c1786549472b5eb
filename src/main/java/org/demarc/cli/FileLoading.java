package org.demarc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.demarc.io.InvalidFileException;
import org.demarc.model.Messages;
import org.demarc.io.Problem;

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

    /** True when both paths name the same file (or would, once it exists). */
    static boolean sameFile(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return java.nio.file.Files.exists(a) && java.nio.file.Files.exists(b) && java.nio.file.Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** An output file that must be new: true (and the reason printed) when it already exists. */
    static boolean exists(PrintWriter err, Path output) {
        if (java.nio.file.Files.exists(output, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            ioError(err, output, new FileAlreadyExistsException(output.toString()));
            return true;
        }
        return false;
    }

    /** Opens a project file, printing its warnings. */
    static org.demarc.model.Assessment project(Path file, PrintWriter err) throws IOException, InvalidFileException {
        var loaded = new org.demarc.project.ProjectFiles().open(file);
        warnings(err, file, loaded.warnings());
        return loaded.value();
    }
}

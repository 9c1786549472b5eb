package org.demarc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.demarc.io.Problem;
import org.demarc.model.Assessment;
import org.demarc.model.Messages;
import org.demarc.project.ProjectFiles;

/** Opening the files a command reads; failures leave as {@link FileFailure}s naming the file. */
final class FileLoading {
    private FileLoading() {
    }

    static void warnings(PrintWriter err, Path file, List<Problem> warnings) {
        for (Problem p : warnings) {
            err.println(Problem.visible(Messages.get("cli.fileProblem", file, p.describe())));
        }
    }

    /** Opens a project file, printing its warnings. */
    static Assessment project(Path file, PrintWriter err) {
        var loaded = FileStep.on(file, () -> new ProjectFiles().open(file));
        warnings(err, file, loaded.warnings());
        return loaded.value();
    }

    /** Terminal-safe text from a file: control and bidi characters shown as escapes. */
    static String shown(Object fromFile) {
        return Problem.visible(String.valueOf(fromFile));
    }

    /** Tab-separated fields from a file, each {@link #shown}. */
    static String row(String... fields) {
        return String.join("\t", java.util.Arrays.stream(fields).map(FileLoading::shown).toList());
    }

    /** {@link #shown} for each line of a multi-line text; the line ends stay. */
    static String shownLines(String text) {
        StringBuilder b = new StringBuilder(text.length());
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            b.append(i == 0 ? "" : System.lineSeparator()).append(shown(lines[i]));
        }
        return b.toString();
    }
}

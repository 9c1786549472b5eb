package org.demarc;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.demarc.cli.DemarcCommand;

/**
 * Which door a command line goes through, decided without a toolkit: a command, the GUI (with
 * what to open), or neither: a word that is no command and no file is an unknown command, not a
 * file the GUI fails to open. A file whose name looks like an option ({@code -h.demarc}) is a
 * file when it exists, or after {@code --}.
 */
record LaunchRoute(Kind kind, List<String> args) {
    enum Kind { GUI, COMMAND, UNKNOWN_COMMAND }

    static LaunchRoute of(List<String> args, Predicate<Path> exists) {
        if (args.isEmpty()) {
            return new LaunchRoute(Kind.GUI, args);
        }
        String first = args.get(0);
        if (first.equals("--")) {
            return args.size() == 2 ? gui(args.get(1)) : new LaunchRoute(Kind.GUI, args);
        }
        if (DemarcCommand.SUBCOMMANDS.contains(first)) {
            return new LaunchRoute(Kind.COMMAND, args);
        }
        if (args.size() == 1 && (first.equals("--sample") || first.equals("--self-test"))) {
            return new LaunchRoute(Kind.GUI, args);
        }
        if (args.size() == 1 && ((first.endsWith(".demarc") || first.endsWith(".demarcz")) && !first.startsWith("-") || existing(first, exists))) {
            return gui(first);
        }
        if (first.startsWith("-")) {
            // An option nobody knows: the command line says which and shows its usage.
            return new LaunchRoute(Kind.COMMAND, args);
        }
        return existing(first, exists) ? new LaunchRoute(Kind.GUI, args) : new LaunchRoute(Kind.UNKNOWN_COMMAND, args);
    }

    /** The GUI opening one file, named so that it can never read as an option. */
    private static LaunchRoute gui(String file) {
        String name = file.startsWith("-") ? Path.of(file).toAbsolutePath().toString() : file;
        return new LaunchRoute(Kind.GUI, List.of(name));
    }

    private static boolean existing(String name, Predicate<Path> exists) {
        try {
            return exists.test(Path.of(name));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}

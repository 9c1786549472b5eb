package org.demarc.ui;

import java.nio.file.Path;
import java.util.List;

/** What the GUI was asked to open: nothing, the sample (as an untitled copy) or a file. */
public record GuiArguments(boolean sample, Path file, boolean selfTest) {

    /** {@code --self-test}: open the sample, show every step once, print the result and quit (checks an installation). */
    public static final String SELF_TEST = "--self-test";

    public static GuiArguments parse(List<String> args) {
        if (args.isEmpty()) {
            return new GuiArguments(false, null, false);
        }
        if (args.size() == 1 && args.get(0).equals("--sample")) {
            return new GuiArguments(true, null, false);
        }
        if (args.size() == 1 && args.get(0).equals(SELF_TEST)) {
            return new GuiArguments(true, null, true);
        }
        if (args.size() == 1 && !args.get(0).startsWith("-")) {
            return new GuiArguments(false, Path.of(args.get(0)), false);
        }
        throw new IllegalArgumentException(String.join(" ", args));
    }
}

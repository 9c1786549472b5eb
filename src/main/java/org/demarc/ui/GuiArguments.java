package org.demarc.ui;

import java.nio.file.Path;
import java.util.List;

/** What the GUI was asked to open: nothing, the sample (as an untitled copy) or a file. */
public record GuiArguments(boolean sample, Path file) {

    public static GuiArguments parse(List<String> args) {
        if (args.isEmpty()) {
            return new GuiArguments(false, null);
        }
        if (args.size() == 1 && args.get(0).equals("--sample")) {
            return new GuiArguments(true, null);
        }
        if (args.size() == 1 && !args.get(0).startsWith("-")) {
            return new GuiArguments(false, Path.of(args.get(0)));
        }
        throw new IllegalArgumentException(String.join(" ", args));
    }
}

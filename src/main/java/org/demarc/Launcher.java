package org.demarc;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.demarc.cli.DemarcCommand;

/**
 * The program's entry point. It does not extend {@code Application}: with JavaFX on the class path
 * (the runnable jar) that would fail before {@code main} runs. A known subcommand runs the command
 * line without ever loading JavaFX; anything else opens the GUI.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && DemarcCommand.SUBCOMMANDS.contains(args[0])) {
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            System.exit(DemarcCommand.run(args, out, err));
        }
        org.demarc.ui.GuiMain.main(args);
    }
}

package org.demarc;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.demarc.cli.DemarcCommand;

/**
 * The program's entry point. It does not extend {@code Application}: with JavaFX on the class path
 * (the runnable jar) that would fail before {@code main} runs. A known subcommand runs the command
 * line without ever loading JavaFX; a file, {@code --sample} or nothing opens the GUI (see {@link LaunchRoute}).
 */
public final class Launcher {
    private Launcher() {
    }

    /**
     * PDFBox (through commons-logging) and POI log through the log4j API, which finds no logging
     * implementation in Demarc and would say so on standard error in the middle of a command's
     * output. Select log4j's simple provider, switched off, before any library class loads.
     */
    static void quietLibraryLogging() {
        String[][] settings = {{"log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider"},
                {"log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory"},
                {"org.apache.logging.log4j.simplelog.level", "OFF"}};
        for (String[] s : settings) {
            if (System.getProperty(s[0]) == null) {
                System.setProperty(s[0], s[1]);
            }
        }
    }

    public static void main(String[] args) {
        quietLibraryLogging();
        LaunchRoute route = LaunchRoute.of(List.of(args), java.nio.file.Files::exists);
        if (route.kind() == LaunchRoute.Kind.GUI) {
            org.demarc.ui.GuiMain.main(route.args().toArray(String[]::new));
            return;
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        if (route.kind() == LaunchRoute.Kind.UNKNOWN_COMMAND) {
            System.exit(DemarcCommand.unknownCommand(args[0], err));
        }
        DemarcCommand.startSupportLog();
        System.exit(DemarcCommand.run(args, out, err));
    }
}

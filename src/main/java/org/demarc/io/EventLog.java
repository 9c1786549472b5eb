package org.demarc.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Demarc's own log file, for support: what the program did and what went wrong, in the per-user
 * data folder, rotated (three files of 512 KB). It never holds what a user typed, a file name or a
 * password: callers log ids, counts and kinds of failure only, and an exception is written as its
 * type and stack, never its message (which may quote a path or a typed value).
 */
public final class EventLog {
    static final String FILE_PATTERN = "demarc.%g.log";
    private static final int LIMIT_BYTES = 512 * 1024;
    private static final int FILES = 3;
    private static final Logger ROOT = Logger.getLogger("org.demarc");
    private static Path file;

    static {
        // Demarc's records go to its log file or nowhere: never onto a console or into a build log.
        ROOT.setUseParentHandlers(false);
    }

    private EventLog() {
    }

    /** Starts writing to {@code folder}/demarc.0.log; returns the file, or null if it cannot be written. */
    public static synchronized Path start(Path folder) {
        if (file != null) {
            return file;
        }
        try {
            ROOT.addHandler(fileHandler(folder));
            ROOT.setLevel(Level.INFO);
            file = folder.resolve(FILE_PATTERN.replace("%g", "0"));
        } catch (IOException | RuntimeException e) {
            // No log is no reason to stop an assessment (read-only profile, full disk).
            file = null;
        }
        return file;
    }

    static Handler fileHandler(Path folder) throws IOException {
        Files.createDirectories(folder);
        Handler handler = new FileHandler(folder.resolve(FILE_PATTERN).toString(), LIMIT_BYTES, FILES, true);
        handler.setEncoding("UTF-8");
        handler.setFormatter(new NoUserText());
        return handler;
    }

    /** The file being written, or null when the log is not running. */
    public static synchronized Path file() {
        return file;
    }

    public static Logger of(Class<?> type) {
        return Logger.getLogger(type.getName());
    }

    /** One line per record; throwables as type and frames only. */
    static final class NoUserText extends Formatter {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(ZoneOffset.UTC);

        @Override
        public String format(LogRecord r) {
            StringBuilder b = new StringBuilder();
            b.append(TIME.format(Instant.ofEpochMilli(r.getMillis()))).append("Z ").append(r.getLevel().getName())
                    .append(' ').append(shortName(r.getLoggerName())).append(": ").append(formatMessage(r))
                    .append(System.lineSeparator());
            for (Throwable t = r.getThrown(); t != null; t = t.getCause() == t ? null : t.getCause()) {
                b.append("  ").append(t.getClass().getName()).append(System.lineSeparator());
                StackTraceElement[] frames = t.getStackTrace();
                for (int i = 0; i < Math.min(frames.length, 25); i++) {
                    b.append("    at ").append(frames[i]).append(System.lineSeparator());
                }
            }
            return b.toString();
        }

        private static String shortName(String logger) {
            return logger == null ? "" : logger.replace("org.demarc.", "");
        }
    }
}

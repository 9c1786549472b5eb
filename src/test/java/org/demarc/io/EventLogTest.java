package org.demarc.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The support log says what happened and never what the user typed or a password. */
class EventLogTest {
    @TempDir
    Path dir;

    @Test
    void anExceptionIsLoggedAsItsTypeAndStackWithoutItsMessage() throws Exception {
        Handler handler = EventLog.fileHandler(dir);
        LogRecord r = new LogRecord(Level.WARNING, "save failed: {0}");
        r.setParameters(new Object[] {"AccessDeniedException"});
        r.setLoggerName("org.demarc.ui.shell.FileActions");
        r.setThrown(new IOException("/home/ada/Clients/Acme «secret» hunter2", new IllegalStateException("p4ssw0rd")));
        handler.publish(r);
        handler.close();

        String log = Files.readString(dir.resolve("demarc.0.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("WARNING ui.shell.FileActions: save failed: AccessDeniedException")
                .contains("java.io.IOException").contains("java.lang.IllegalStateException")
                .contains("at org.demarc.io.EventLogTest")
                .doesNotContain("hunter2").doesNotContain("Acme").doesNotContain("p4ssw0rd");
    }

    @Test
    void theLogRotatesInsteadOfGrowingWithoutEnd() throws Exception {
        Handler handler = EventLog.fileHandler(dir);
        String line = "x".repeat(1000);
        for (int i = 0; i < 3000; i++) {
            handler.publish(new LogRecord(Level.INFO, line));
        }
        handler.close();
        long total;
        try (var files = Files.list(dir)) {
            total = files.filter(f -> f.getFileName().toString().endsWith(".log")).mapToLong(f -> f.toFile().length()).sum();
        }
        assertThat(dir.resolve("demarc.1.log")).exists();
        assertThat(total).isLessThanOrEqualTo(3L * 512 * 1024 + 2048);
    }

    @Test
    void recordsNeverReachTheConsoleOrABuildLog() {
        java.util.logging.Logger log = EventLog.of(EventLogTest.class);
        // The JDK's console handler sits on the root logger; Demarc's records must not climb to it.
        for (java.util.logging.Logger l = log; l != null && !l.getName().isEmpty(); l = l.getParent()) {
            if (!l.getUseParentHandlers()) {
                return;
            }
        }
        org.assertj.core.api.Assertions.fail("records of " + log.getName() + " reach the console handler");
    }
}

package org.demarc.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs an independent checker (poppler-utils, qpdf) that .ci/run installs. A missing tool fails the
 * test: a check that silently does not run proves nothing.
 */
record ExternalTool(int exitCode, String output) {
    static ExternalTool run(String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(command));
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is not installed; .ci/run installs it (apt-get install "
                    + "poppler-utils qpdf)", e);
        }
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command[0] + " did not finish");
        }
        return new ExternalTool(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    static String path(Path p) {
        return p.toAbsolutePath().toString();
    }
}

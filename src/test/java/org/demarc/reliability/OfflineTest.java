package org.demarc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline by construction: a full session (open, answer, sign off, save, every command, and the
 * GUI through every step) runs under a security manager that reports and refuses any network use.
 */
class OfflineTest {
    @TempDir
    Path dir;

    private String run(String main, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.security.manager=" + NoNetworkSecurityManager.class.getName(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"), "-Ddemarc.smokeTest=true",
                "-cp", System.getProperty("java.class.path"), main));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out-" + System.nanoTime() + ".txt").toFile());
        pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        pb.environment().remove("DISPLAY");
        File out = pb.redirectOutput().file();
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return Files.readString(out.toPath());
    }

    @Test
    void theDetectorCatchesAConnection() throws Exception {
        String out = run(OfflineSession.class.getName(), "--canary");
        assertThat(out).contains("NETWORK ATTEMPT").contains("refused");
    }

    @Test
    void aWholeSessionOpensNoNetworkConnection() throws Exception {
        String out = run(OfflineSession.class.getName());
        assertThat(out).contains("OFFLINE-SESSION-OK").doesNotContain("NETWORK ATTEMPT");
    }

    @Test
    void theGuiThroughEveryStepOpensNoNetworkConnection() throws Exception {
        String out = run("org.demarc.Launcher", "--sample");
        assertThat(out).contains("DEMARC-SMOKE-OK steps=8").doesNotContain("NETWORK ATTEMPT");
    }
}

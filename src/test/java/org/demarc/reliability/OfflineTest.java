package org.demarc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline by construction, on any JDK: the program's real work (open, answer, sign off, save,
 * every command including a signed export, and the GUI through every step) runs in a child JVM
 * whose network use all lands in a {@link NetworkTrap}; the trap must see nothing. A canary run
 * proves it sees a socket, a URL fetch and a name lookup. The static side is
 * {@code architecture/NetworkUseTest}.
 */
@Tag("slow")
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the name-lookup trap is a named pipe (mkfifo)")
class OfflineTest {
    @TempDir
    Path dir;

    private NetworkTrap trap;

    @BeforeEach
    void trap() throws Exception {
        trap = new NetworkTrap(dir);
    }

    @AfterEach
    void release() throws Exception {
        trap.close();
    }

    private String run(String main, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(trap.jvmOptions());
        cmd.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"),
                "-cp", System.getProperty("java.class.path"), main));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("out-" + System.nanoTime() + ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile());
        pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        pb.environment().remove("DISPLAY");
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("child JVM did not finish: " + Files.readString(out));
        }
        return Files.readString(out);
    }

    @Test
    void theTrapSeesASocketAURLAndANameLookup() throws Exception {
        String out = run(OfflineCanary.class.getName());
        assertThat(out).contains("CANARY-DONE").doesNotContain("CANARY socket connected");
        // The URL connection retries a GET once when the "server" hangs up, so two or three connections.
        assertThat(trap.connections()).as(out).hasSizeBetween(2, 3).anyMatch(c -> c.startsWith("SOCKS"))
                .anyMatch(c -> c.startsWith("GET http://203.0.113.8/canary"));
        assertThat(trap.lookups()).as(out).isPositive();
    }

    @Test
    void aWholeSessionOpensNoNetworkConnection() throws Exception {
        String out = run(OfflineSession.class.getName());
        assertThat(out).contains("OFFLINE-SESSION-OK");
        assertThat(trap.connections()).as(out).isEmpty();
        assertThat(trap.lookups()).as(out).isZero();
    }

    @Test
    void theGuiThroughEveryStepOpensNoNetworkConnection() throws Exception {
        // What CI runs on the installed image: open the sample, show every step, quit.
        String out = run("org.demarc.Launcher", "--self-test");
        assertThat(out).contains("DEMARC-SMOKE-OK steps=8");
        assertThat(trap.connections()).as(out).isEmpty();
        assertThat(trap.lookups()).as(out).isZero();
    }
}

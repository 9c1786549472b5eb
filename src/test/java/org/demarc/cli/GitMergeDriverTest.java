package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.demarc.Launcher;
import org.demarc.model.Assessment;
import org.demarc.model.HistoryKind;
import org.demarc.project.ProjectWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The merge driver in a real git repository, set up as the README says: two branches edit
 * different answers of one project file and git merges them with {@code demarc merge-driver}
 * (the launcher's main class on this JVM's class path); then two branches edit the same answer.
 */
@Tag("slow")
class GitMergeDriverTest {
    private static final String FILE = "payments.demarc";

    @TempDir
    Path dir;
    Path repo;

    @BeforeEach
    void repository() throws Exception {
        assumeTrue(gitAvailable(), "git is not on PATH");
        repo = Files.createDirectories(dir.resolve("repo"));
        git("init", "-q");
        git("checkout", "-q", "-b", "main");
        git("config", "user.name", "Ada Auditor");
        git("config", "user.email", "ada@example.com");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        git("config", "merge.demarc.driver", "'" + java + "' -XX:TieredStopAtLevel=1 -cp '"
                + System.getProperty("java.class.path") + "' " + Launcher.class.getName() + " merge-driver %O %A %B");
        Files.writeString(repo.resolve(".gitattributes"), "*.demarc merge=demarc\n");
        commit(MergeCommandTest.BASE, "Workshop prepared");
    }

    @Test
    void branchesEditingDifferentAnswersMergeCleanly() throws Exception {
        git("checkout", "-q", "-b", "ben");
        commit(MergeCommandTest.comment(MergeCommandTest.BASE, "DAT-01", "Checked with Jan."), "Data domain");
        git("checkout", "-q", "main");
        commit(MergeCommandTest.finding(MergeCommandTest.BASE, "OPS-01", "Patched weekly now."), "Operations domain");

        Result merge = run(List.of("git", "merge", "--no-edit", "ben"));

        assertThat(merge.code()).as(merge.output()).isZero();
        Assessment merged = MergeCommandTest.read(repo.resolve(FILE));
        assertThat(merged.answers().get("OPS-01").finding()).isEqualTo("Patched weekly now.");
        assertThat(merged.answers().get("DAT-01").comment()).isEqualTo("Checked with Jan.");
        assertThat(merged.history().get(merged.history().size() - 1).kind())
                .as("the driver merged it, not git's text merge").isEqualTo(HistoryKind.MERGED);
        assertThat(git("status", "--porcelain")).isEmpty();
    }

    @Test
    void branchesEditingTheSameAnswerLeaveOurSideAndTheConflicts() throws Exception {
        git("checkout", "-q", "-b", "ben");
        commit(MergeCommandTest.finding(MergeCommandTest.BASE, "OPS-01", "Theirs: daily."), "Ben's finding");
        git("checkout", "-q", "main");
        Assessment ours = MergeCommandTest.finding(MergeCommandTest.BASE, "OPS-01", "Ours: weekly.");
        commit(ours, "Ada's finding");

        Result merge = run(List.of("git", "merge", "--no-edit", "ben"));

        assertThat(merge.code()).isNotZero();
        assertThat(merge.output()).contains("OPS-01 finding: ours 'Ours: weekly.', theirs 'Theirs: daily.'")
                .contains("CONFLICT");
        assertThat(Files.readAllBytes(repo.resolve(FILE))).as("our side, no conflict markers")
                .isEqualTo(ProjectWriter.toBytes(ours));
    }

    private void commit(Assessment a, String message) throws Exception {
        Files.write(repo.resolve(FILE), ProjectWriter.toBytes(a));
        git("add", "-A");
        git("commit", "-q", "-m", message);
    }

    private String git(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        Result r = run(cmd);
        assertThat(r.code()).as(String.join(" ", cmd) + ": " + r.output()).isZero();
        return r.output();
    }

    private record Result(int code, String output) {
    }

    private Result run(List<String> cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(repo.toFile()).redirectErrorStream(true);
        // No user or system git configuration, and the driver's support log in the test's folder.
        pb.environment().put("HOME", dir.toString());
        pb.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static boolean gitAvailable() {
        try {
            Process p = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

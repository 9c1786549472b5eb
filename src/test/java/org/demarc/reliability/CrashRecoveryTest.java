package org.demarc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.demarc.model.Assessment;
import org.demarc.project.journal.RecoveryJournal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill the program in the middle of answering: the journal brings back every answer changed up to
 * a second before the kill. The child opens a saved project and edits it through the GUI's session
 * and file actions (so the journal wiring is the one the window uses, from the first edit after an
 * open) and is killed with SIGKILL at a random moment.
 */
@Tag("slow")
class CrashRecoveryTest {
    static final int TRIALS = Integer.getInteger("demarc.recoveryTrials", 10);

    @TempDir
    Path dir;

    private record Edit(int n, String control, long atNanos) {
    }

    @Test
    void everyAnswerChangedASecondBeforeTheKillIsRecovered() throws Exception {
        Random random = new Random(42);
        long start = System.nanoTime();
        for (int trial = 0; trial < TRIALS; trial++) {
            Path folder = dir.resolve("journal-" + trial);
            Process p = ChildJvm.start(JournalEditor.class, folder.toString());
            List<Edit> edits = new ArrayList<>();
            long runFor = 1500 + random.nextInt(1500);
            long killAt;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(r.readLine()).isEqualTo("READY");
                long t0 = System.nanoTime();
                String line;
                while ((line = r.readLine()) != null) {
                    String[] parts = line.split(" ");
                    edits.add(new Edit(Integer.parseInt(parts[1]), parts[2], System.nanoTime()));
                    if ((System.nanoTime() - t0) / 1_000_000 >= runFor) {
                        break;
                    }
                }
                killAt = System.nanoTime();
                ChildJvm.kill(p);
            }
            Assessment recovered = new RecoveryJournal(folder).find().orElseThrow().assessment();
            Map<String, Integer> mustHave = new HashMap<>();
            for (Edit e : edits) {
                if (killAt - e.atNanos() >= 1_000_000_000L) {
                    mustHave.merge(e.control(), e.n(), Math::max);
                }
            }
            assertThat(mustHave).as("trial %d had edits older than a second", trial).isNotEmpty();
            for (var e : mustHave.entrySet()) {
                String finding = recovered.answers().get(e.getKey()).finding();
                int got = finding.startsWith("edit ") ? Integer.parseInt(finding.substring(5)) : -1;
                assertThat(got).as("trial %d, %s", trial, e.getKey()).isGreaterThanOrEqualTo(e.getValue());
            }
        }
        System.out.printf("crash recovery: %d SIGKILL trials in %.1f s, every edit older than 1 s recovered%n",
                TRIALS, (System.nanoTime() - start) / 1e9);
    }
}

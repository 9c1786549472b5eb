package org.demarc.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.demarc.fixtures.LargeFixture;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.project.journal.JournalScheduler;
import org.demarc.project.journal.RecoveryJournal;

/**
 * Child process: edits answers of the large fixture every 20 ms through the same journal
 * scheduler the GUI uses, printing each edit as it happens, until it is killed.
 */
public final class JournalEditor {
    private JournalEditor() {
    }

    public static void main(String[] args) throws Exception {
        RecoveryJournal journal = new RecoveryJournal(Path.of(args[0]));
        long delay = Long.parseLong(args[1]);
        Assessment a = LargeFixture.create();
        List<Control> controls = a.catalog().controls();
        try (JournalScheduler scheduler = new JournalScheduler(journal, Duration.ofMillis(delay), e -> { })) {
            System.out.println("READY");
            for (int n = 1; ; n++) {
                Control c = controls.get(n % controls.size());
                a = a.withAnswer(c.id(), a.answers().get(c.id()).withFinding("edit " + n));
                scheduler.changed(a, null);
                System.out.println("EDIT " + n + " " + c.id());
                System.out.flush();
                Thread.sleep(20);
            }
        }
    }
}

package org.demarc.reliability;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.demarc.fixtures.LargeFixture;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.project.ProjectFiles;
import org.demarc.project.journal.RecoveryJournal;
import org.demarc.ui.ScriptedDialogs;
import org.demarc.ui.common.UiPreferences;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.shell.FileActions;

/**
 * Child process: opens a saved project and edits its answers every 20 ms through the GUI's own
 * wiring (the session every wizard step edits, and the file actions that journal it), printing
 * each edit as it happens, until it is killed. The first edit follows a clean open, which is the
 * case a journal that only listens for "unsaved" work can miss.
 */
public final class JournalEditor {
    private JournalEditor() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Path project = folder.resolveSibling(folder.getFileName() + ".demarc");
        Assessment saved = LargeFixture.create();
        new ProjectFiles().save(saved, project);
        AssessmentSession session = new AssessmentSession();
        UiPreferences prefs = UiPreferences.inMemory();
        new FileActions(session, new ScriptedDialogs(), prefs, new RecoveryJournal(folder), Clock.systemUTC());
        session.load(saved, project, false);
        List<Control> controls = saved.catalog().controls();
        System.out.println("READY");
        for (int n = 1; ; n++) {
            Control c = controls.get(n % controls.size());
            String text = "edit " + n;
            session.edit("finding:" + c.id(), a -> a.withAnswer(c.id(), a.answers().get(c.id()).withFinding(text)));
            System.out.println("EDIT " + n + " " + c.id());
            System.out.flush();
            Thread.sleep(20);
        }
    }
}

package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.input.KeyCode;
import org.demarc.model.AnswerStatus;
import org.demarc.project.ProjectFiles;
import org.demarc.project.Samples;
import org.demarc.project.journal.RecoveryJournal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first change after an open or a save reaches the recovery journal: through the real window,
 * one keyboard answer after Ctrl+S, and the journal holds it within a second.
 */
class JournalAfterSaveTest extends WindowTest {
    /** The window's recovery journal, read from its folder. */
    private RecoveryJournal journal;

    @BeforeEach
    void open() throws Exception {
        Path file = dir.resolve("payments.demarc");
        new ProjectFiles().save(Samples.webshop(), file);
        journal = new RecoveryJournal(dir.resolve("journal"));
        dialogs.openTargets.add(file);
        openWindow(Locale.US, "#start-open");
    }

    @Test
    void oneKeyboardAnswerAfterASaveIsJournalledWithinASecond() throws Exception {
        robot.clickOn("5. Questions");
        robot.clickOn("#questions-list");
        shortcut(KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !session.isDirty());
        assertThat(journal.find()).as("nothing unsaved after the save").isEmpty();

        String id = selectedControlId();
        var current = session.assessment().answers().get(id);
        AnswerStatus before = current == null ? null : current.status();
        AnswerStatus expected = before == AnswerStatus.IMPLEMENTED ? AnswerStatus.PARTIAL : AnswerStatus.IMPLEMENTED;
        shortcut(expected == AnswerStatus.IMPLEMENTED ? KeyCode.DIGIT1 : KeyCode.DIGIT2);
        assertThat(session.assessment().answers().get(id).status()).isEqualTo(expected);

        long start = System.nanoTime();
        WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, () -> journal.find().isPresent());
        System.out.printf("journal: first edit after a save journalled in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(journal.find().orElseThrow().assessment().answers().get(id).status())
                .isEqualTo(expected);
        assertThat(Files.list(journal.folder())).isNotEmpty();
    }

    @SuppressWarnings("unchecked")
    private String selectedControlId() {
        var list = robot.lookup("#questions-list").queryAs(javafx.scene.control.ListView.class);
        return ((org.demarc.model.Control) list.getSelectionModel().getSelectedItem()).id();
    }
}

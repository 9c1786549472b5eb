package org.demarc.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.demarc.fixtures.MiniFixtures;
import org.demarc.model.Assessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving to a new file never replaces an existing one. */
class SaveNewTest {
    @TempDir
    Path dir;

    @Test
    void saveNewWritesAFileThatOpensAgain() throws Exception {
        Path file = dir.resolve("moved.demarc");
        Assessment a = MiniFixtures.miniAssessment();
        new ProjectFiles().saveNew(a, file);
        assertThat(new ProjectFiles().open(file).value()).isEqualTo(a);
        assertThat(ProjectFiles.backupOf(file)).doesNotExist();
    }

    @Test
    void saveNewRefusesAnExistingFileAndLeavesItAlone() throws Exception {
        Path file = Files.writeString(dir.resolve("taken.demarc"), "precious");
        assertThatThrownBy(() -> new ProjectFiles().saveNew(MiniFixtures.miniAssessment(), file))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(file).hasContent("precious");
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(file);
        }
    }
}

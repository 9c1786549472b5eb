package org.demarc.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.demarc.fixtures.MiniFixtures;
import org.demarc.project.journal.RecoveryJournal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalAndFoldersTest {
    @TempDir
    Path dir;

    @Test
    void theJournalBringsBackTheUnsavedAssessmentAndItsOrigin() throws Exception {
        RecoveryJournal journal = new RecoveryJournal(dir.resolve("journal"));
        assertThat(journal.find()).isEmpty();
        var a = MiniFixtures.miniAssessment();
        Path origin = dir.resolve("payments.demarc");
        journal.record(a, origin);
        var found = journal.find().orElseThrow();
        assertThat(found.assessment()).isEqualTo(a);
        assertThat(found.origin()).isEqualTo(origin.toAbsolutePath());
        journal.clear();
        assertThat(journal.find()).isEmpty();
    }

    @Test
    void aCorruptJournalIsIgnoredNotFatal() throws Exception {
        RecoveryJournal journal = new RecoveryJournal(dir);
        Files.writeString(dir.resolve("unsaved-work.demarc"), "{ broken");
        assertThat(journal.find()).isEmpty();
    }

    @Test
    void theUserDataFolderFollowsEachPlatformsConvention() throws Exception {
        var resolve = org.demarc.project.journal.UserDataFolder.class.getDeclaredMethod("resolve", String.class,
                Map.class, Path.class);
        resolve.setAccessible(true);
        Path home = Path.of("/home/ada");
        assertThat(resolve.invoke(null, "Linux", Map.of(), home)).isEqualTo(Path.of("/home/ada/.local/share/demarc"));
        assertThat(resolve.invoke(null, "Linux", Map.of("XDG_DATA_HOME", "/data"), home)).isEqualTo(Path.of("/data/demarc"));
        assertThat(resolve.invoke(null, "Mac OS X", Map.of(), home))
                .isEqualTo(Path.of("/home/ada/Library/Application Support/Demarc"));
        assertThat(resolve.invoke(null, "Windows 11", Map.of("APPDATA", "/appdata"), home))
                .isEqualTo(Path.of("/appdata/Demarc"));
    }
}

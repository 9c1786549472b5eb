package org.demarc.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.demarc.io.InvalidFileException;
import org.demarc.fixtures.LargeFixture;
import org.demarc.fixtures.MiniFixtures;
import org.demarc.model.Assessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFilesTest {
    @TempDir
    Path dir;

    private final ProjectFiles files = new ProjectFiles();

    @Test
    void saveAndOpenGiveBackTheSameAssessment() throws Exception {
        Path file = dir.resolve("payments.demarc");
        Assessment a = MiniFixtures.miniAssessment();
        files.save(a, file);
        assertThat(files.open(file).value()).isEqualTo(a);
    }

    @Test
    void theFileStartsWithFormatAndSchemaVersionAndUsesUnixNewlines() throws Exception {
        String text = new String(ProjectWriter.toBytes(MiniFixtures.miniAssessment()), StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n  \"format\": \"demarc-assessment\",\n  \"schemaVersion\": 1,\n");
        assertThat(text).doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void savingTwiceGivesIdenticalBytesAndKeepsABackup() throws Exception {
        Path file = dir.resolve("a.demarc");
        Assessment a = LargeFixture.create();
        files.save(a, file);
        byte[] first = Files.readAllBytes(file);
        files.save(files.open(file).value(), file);
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
        assertThat(Files.readAllBytes(ProjectFiles.backupOf(file))).isEqualTo(first);
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("a.demarc", "a.demarc.bak");
        }
    }

    @Test
    void theBackupHoldsThePreviousVersion() throws Exception {
        Path file = dir.resolve("a.demarc");
        Assessment a = MiniFixtures.miniAssessment();
        files.save(a, file);
        byte[] old = Files.readAllBytes(file);
        Assessment edited = a.withAnswer("OPS-01", a.answers().get("OPS-01").withFinding("Now patched weekly."));
        files.save(edited, file);
        assertThat(Files.readAllBytes(ProjectFiles.backupOf(file))).isEqualTo(old);
        assertThat(files.open(file).value()).isEqualTo(edited);
    }

    @Test
    void aFileWithAnAnswerForAnUnknownControlIsRefusedWithItsLocation() throws Exception {
        String text = new String(ProjectWriter.toBytes(MiniFixtures.miniAssessment()), StandardCharsets.UTF_8)
                .replace("\"OPS-01\": {", "\"OPS-99\": {");
        assertThatThrownBy(() -> new ProjectReader().read(text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("/answers/OPS-99")
                .hasMessageContaining("OPS-99");
    }

    @Test
    void unknownMembersAreIgnoredWithAWarning() throws Exception {
        String text = new String(ProjectWriter.toBytes(MiniFixtures.miniAssessment()), StandardCharsets.UTF_8)
                .replace("\"scope\": [", "\"colour\": \"blue\",\n  \"scope\": [");
        var loaded = new ProjectReader().read(text.getBytes(StandardCharsets.UTF_8));
        assertThat(loaded.value()).isEqualTo(MiniFixtures.miniAssessment());
        assertThat(loaded.warnings()).singleElement()
                .satisfies(w -> assertThat(w.describe()).contains("/colour").contains("unknown member"));
    }

    @Test
    void aMissingJustificationIsAWarningNotARefusal() throws Exception {
        String text = new String(ProjectWriter.toBytes(MiniFixtures.miniAssessment()), StandardCharsets.UTF_8)
                .replace("No data at rest in scope: «Größe» ✓", "");
        var loaded = new ProjectReader().read(text.getBytes(StandardCharsets.UTF_8));
        assertThat(loaded.warnings()).extracting(w -> w.location()).containsExactly("/answers/DAT-01/justification");
    }

    @Test
    void theCatalogSnapshotTravelsWithTheProject() throws Exception {
        Path file = dir.resolve("a.demarc");
        Assessment a = MiniFixtures.miniAssessment();
        files.save(a, file);
        // The mini catalog is not built in: the project alone must carry it.
        assertThat(files.open(file).value().catalog()).isEqualTo(MiniFixtures.miniCatalog());
    }

    @Test
    void savedFilesKeepTheFoldersDefaultPermissionsOrThoseOfTheFileTheyReplace() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"),
                "POSIX permissions only");
        Path reference = Files.createFile(dir.resolve("reference.txt"));
        Path file = dir.resolve("shared.demarc");
        files.save(MiniFixtures.miniAssessment(), file);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(reference));
        var groupWritable = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(file, groupWritable);
        files.save(MiniFixtures.miniAssessment().withEngagement(org.demarc.model.Engagement.empty()), file);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(groupWritable);
    }

    @Test
    void temporaryFilesLeftByAKilledSaveAreRemovedByTheNextSave() throws Exception {
        Path file = dir.resolve("a.demarc");
        Path leftover = Files.writeString(dir.resolve(".a.demarc.k3j2.tmp"), "partial");
        Path fresh = Files.writeString(dir.resolve(".a.demarc.zz9.tmp"), "another writer, just now");
        Files.setLastModifiedTime(leftover, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minusSeconds(3600)));
        files.save(MiniFixtures.miniAssessment(), file);
        assertThat(leftover).doesNotExist();
        assertThat(fresh).exists();
    }
}

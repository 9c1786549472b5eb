package org.demarc.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceReferencesTest {
    @TempDir
    Path dir;

    @Test
    void evidenceUnderTheProjectFolderIsRelativeWithSlashes() throws Exception {
        Path project = dir.resolve("p.demarc");
        Path evidence = Files.createDirectories(dir.resolve("evidence").resolve("2026"))
                .resolve("patch report.txt");
        Files.writeString(evidence, "test", StandardCharsets.UTF_8);
        var ref = EvidenceReferences.attach(project, evidence, "Patch report");
        assertThat(ref.path()).isEqualTo("evidence/2026/patch report.txt");
        // SHA-256 of "test", as any sha256sum prints it.
        assertThat(ref.sha256()).isEqualTo("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        assertThat(ref.size()).isEqualTo(4);
        assertThat(EvidenceReferences.resolve(project, ref.path())).isEqualTo(evidence.toAbsolutePath());
    }

    @Test
    void evidenceElsewhereIsAbsolute() throws Exception {
        Path project = Files.createDirectories(dir.resolve("projects")).resolve("p.demarc");
        Path evidence = Files.writeString(dir.resolve("outside.txt"), "x");
        var ref = EvidenceReferences.attach(project, evidence, "");
        assertThat(ref.path()).isEqualTo(evidence.toAbsolutePath().toString().replace('\\', '/'));
        assertThat(Path.of(ref.path()).isAbsolute()).isTrue();
    }

    @Test
    void aFolderIsNotEvidence() {
        assertThatThrownBy(() -> EvidenceReferences.attach(dir.resolve("p.demarc"), dir, ""))
                .isInstanceOf(IOException.class).hasMessageContaining("not a regular file");
    }
}

package org.demarc.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.demarc.assessment.EvidenceReferences.State;
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

    @Test
    void networkPathsDevicesPipesAndHugeFilesAreNeverRead() throws Exception {
        Path project = dir.resolve("p.demarc");
        // A network path as written in a file (the platform may normalise "//" on Linux, not on Windows).
        assertThatThrownBy(() -> EvidenceReferences.readable("\\\\server\\share\\report.pdf", dir))
                .hasMessageContaining("network path");
        assertThatThrownBy(() -> EvidenceReferences.readable("//server/share/report.pdf", dir))
                .hasMessageContaining("network path");
        assertThatThrownBy(() -> EvidenceReferences.attach(project, Path.of("/dev/zero"), ""))
                .hasMessageContaining("not a regular file");
        Path fifo = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        assertThatThrownBy(() -> EvidenceReferences.attach(project, fifo, "")).hasMessageContaining("not a regular file");
        Path huge = dir.resolve("huge.bin");
        try (var raf = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(EvidenceReferences.MAX_EVIDENCE_BYTES + 1); // sparse: no disk used
        }
        assertThatThrownBy(() -> EvidenceReferences.attach(project, huge, "")).hasMessageContaining("larger than");
    }

    @Test
    void aReferenceIsCheckedAgainWithoutTrustingThePathInTheFile() throws Exception {
        Path project = dir.resolve("p.demarc");
        Path evidence = Files.writeString(dir.resolve("report.txt"), "test");
        var ref = EvidenceReferences.attach(project, evidence, "");
        assertThat(new EvidenceCheck(project, List.of()).check(ref, () -> { })).isEqualTo(State.UNCHANGED);
        Files.writeString(evidence, "tampered");
        assertThat(new EvidenceCheck(project, List.of()).check(ref, () -> { })).isEqualTo(State.CHANGED);
        Files.delete(evidence);
        assertThat(new EvidenceCheck(project, List.of()).check(ref, () -> { })).isEqualTo(State.MISSING);
        var network = new org.demarc.model.EvidenceReference("\\\\evil\\share\\x.pdf", ref.sha256(), 4, "");
        assertThat(new EvidenceCheck(project, List.of()).check(network, () -> { })).isEqualTo(State.NETWORK);
        var device = new org.demarc.model.EvidenceReference("/dev/zero", ref.sha256(), 4, "");
        assertThat(new EvidenceCheck(project, List.of()).check(device, () -> { })).isEqualTo(State.OUTSIDE);
        assertThat(new EvidenceCheck(project, List.of(Path.of("/dev"))).check(device, () -> { }))
                .as("a folder the user confirmed").isEqualTo(State.NOT_REGULAR);
    }
}

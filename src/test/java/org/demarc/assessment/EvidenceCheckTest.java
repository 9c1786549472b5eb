package org.demarc.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.demarc.assessment.EvidenceReferences.State;
import org.demarc.io.FileOps;
import org.demarc.model.EvidenceReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence references from a project file someone else wrote: only files under the project's
 * folder (or a folder the user named) are touched, reads are bounded by bytes counted, each file
 * is read once, and the state names the real reason a file was not compared.
 */
class EvidenceCheckTest {
    private static final String SOME_HASH = "0".repeat(64);

    @TempDir
    Path dir;
    Path project;
    final Recording ops = new Recording();

    /** Every path the check asks the file system about, and every file it opens. */
    static class Recording implements FileOps {
        final List<Path> touched = new ArrayList<>();
        final List<Path> opened = new ArrayList<>();

        @Override
        public InputStream newInputStream(Path file) throws IOException {
            touched.add(file);
            opened.add(file);
            return FileOps.super.newInputStream(file);
        }

        @Override
        public Path toRealPath(Path file) throws IOException {
            touched.add(file);
            return FileOps.super.toRealPath(file);
        }

        @Override
        public BasicFileAttributes attributes(Path file) throws IOException {
            touched.add(file);
            return FileOps.super.attributes(file);
        }
    }

    @BeforeEach
    void project() throws IOException {
        project = dir.resolve("work/webshop.demarc");
        Files.createDirectories(project.getParent());
    }

    private static EvidenceReference ref(String path) {
        return new EvidenceReference(path, SOME_HASH, 0, "");
    }

    @Test
    void filesOutsideTheProjectFolderAreNeverTouchedAndReportedAsOutside() throws Exception {
        EvidenceCheck check = new EvidenceCheck(project, List.of(), ops, 1 << 20, 1 << 30);
        for (String path : List.of("../../etc/passwd", "../../../../../../../etc/passwd", "/etc/shadow",
                "/proc/self/environ", "evidence/../../outside.txt")) {
            assertThat(check.check(ref(path), () -> { })).as(path).isEqualTo(State.OUTSIDE);
        }
        // Only the project's own folder was looked at (its real path, to compare links against).
        Path folder = project.getParent().toRealPath();
        assertThat(ops.touched).allSatisfy(p -> assertThat(p.toAbsolutePath().normalize()).startsWith(folder));
        assertThat(ops.opened).isEmpty();
    }

    @Test
    void aLinkInsideTheProjectFolderThatLeadsOutsideIsNotOpened() throws Exception {
        Path link = Files.createSymbolicLink(project.getParent().resolve("passwd.txt"), Path.of("/etc/passwd"));
        EvidenceCheck check = new EvidenceCheck(project, List.of(), ops, 1 << 20, 1 << 30);
        assertThat(check.check(ref("passwd.txt"), () -> { })).isEqualTo(State.OUTSIDE);
        assertThat(ops.opened).isEmpty();
        assertThat(ops.touched).doesNotContain(Path.of("/etc/passwd"));
        assertThat(link).isSymbolicLink();
    }

    @Test
    void aFolderTheUserConfirmedIsChecked() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Path file = Files.writeString(shared.resolve("policy.txt"), "policy");
        EvidenceReference attached = EvidenceReferences.attach(project, file, "");
        assertThat(attached.path()).isEqualTo(file.toAbsolutePath().toString().replace('\\', '/'));
        assertThat(new EvidenceCheck(project, List.of(), ops, 1 << 20, 1 << 30).check(attached, () -> { }))
                .isEqualTo(State.OUTSIDE);
        assertThat(new EvidenceCheck(project, List.of(shared), ops, 1 << 20, 1 << 30).check(attached, () -> { }))
                .isEqualTo(State.UNCHANGED);
    }

    @Test
    void bytesAreCountedWhateverTheSizeSaid() throws Exception {
        // Like /proc/self/pagemap: stats as 0 bytes, streams without end.
        Path endless = Files.writeString(project.getParent().resolve("pagemap"), "");
        FileOps lying = new Recording() {
            @Override
            public InputStream newInputStream(Path file) {
                return new InputStream() {
                    @Override
                    public int read() {
                        return 0;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) {
                        java.util.Arrays.fill(b, off, off + len, (byte) 0);
                        return len;
                    }
                };
            }
        };
        EvidenceCheck check = new EvidenceCheck(project, List.of(), lying, 3 << 20, 1L << 40);
        assertThat(Files.size(endless)).isZero();
        assertThat(check.check(ref("pagemap"), () -> { })).isEqualTo(State.TOO_LARGE);
        assertThat(check.bytesRead()).isEqualTo(3 << 20);
    }

    @Test
    void anExportReadsNoMoreThanItsBudgetAndEachFileOnce() throws Exception {
        Path folder = project.getParent();
        Path a = Files.writeString(folder.resolve("a.txt"), "a".repeat(600));
        Files.writeString(folder.resolve("b.txt"), "b".repeat(600));
        Files.createSymbolicLink(folder.resolve("also-a.txt"), a);
        EvidenceReference refA = EvidenceReferences.attach(project, a, "");
        EvidenceCheck check = new EvidenceCheck(project, List.of(), ops, 1 << 20, 1000);
        for (int i = 0; i < 1000; i++) {
            assertThat(check.check(refA, () -> { })).isEqualTo(State.UNCHANGED);
        }
        // The same file by another spelling and through a link: still the one read.
        assertThat(check.check(new EvidenceReference("./x/../a.txt", refA.sha256(), 600, ""), () -> { }))
                .isEqualTo(State.UNCHANGED);
        assertThat(check.check(new EvidenceReference("also-a.txt", refA.sha256(), 600, ""), () -> { }))
                .isEqualTo(State.UNCHANGED);
        assertThat(ops.opened).hasSize(1);
        assertThat(check.check(ref("b.txt"), () -> { })).isEqualTo(State.BUDGET);
        assertThat(check.bytesRead()).isEqualTo(600);
    }

    @Test
    void theStateNamesTheRealReason() throws Exception {
        Path folder = project.getParent();
        Files.createDirectories(folder.resolve("a-folder"));
        Path big = folder.resolve("big.bin");
        try (var raf = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(3L << 30); // sparse: 3 GB that use no disk
        }
        Files.writeString(folder.resolve("secret.txt"), "secret");
        FileOps denying = new Recording() {
            @Override
            public InputStream newInputStream(Path file) throws IOException {
                // Root (as CI runs) ignores chmod, so the denial is injected.
                throw new AccessDeniedException(file.toString());
            }
        };
        EvidenceCheck check = new EvidenceCheck(project, List.of(), denying, EvidenceReferences.MAX_EVIDENCE_BYTES,
                EvidenceCheck.MAX_TOTAL_BYTES);
        assertThat(check.check(ref("big.bin"), () -> { })).isEqualTo(State.TOO_LARGE);
        assertThat(check.check(ref("secret.txt"), () -> { })).isEqualTo(State.DENIED);
        assertThat(check.check(ref("a-folder"), () -> { })).isEqualTo(State.NOT_REGULAR);
        assertThat(check.check(ref("gone.txt"), () -> { })).isEqualTo(State.MISSING);
        assertThat(check.check(ref("//server/share/x.pdf"), () -> { })).isEqualTo(State.NETWORK);
        assertThat(check.bytesRead()).isZero();
    }

    @Test
    void cancellingStopsTheHashingOfALargeFile() throws Exception {
        Path file = project.getParent().resolve("large.bin");
        Files.write(file, new byte[5 << 20]);
        int[] chunks = {0};
        EvidenceCheck check = new EvidenceCheck(project, List.of(), ops, 1L << 30, 1L << 40);
        assertThatThrownBy(() -> check.check(ref("large.bin"), () -> {
            if (++chunks[0] == 2) {
                throw new CancellationException("cancelled");
            }
        })).isInstanceOf(CancellationException.class);
        assertThat(chunks[0]).isEqualTo(2);
    }
}

package org.demarc.project.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.demarc.assessment.EvidenceReferences;
import org.demarc.assessment.SignOffs;
import org.demarc.io.InvalidFileException;
import org.demarc.model.Answer;
import org.demarc.model.Assessment;
import org.demarc.model.Signatory;
import org.demarc.project.ProjectFiles;
import org.demarc.project.ProjectReader;
import org.demarc.project.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bundles written and unpacked, and hostile bundles refused with nothing written. */
class BundleTest {
    @TempDir
    Path dir;

    private Path project;
    private Path target;

    @BeforeEach
    void projectWithEvidence() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("work"));
        project = folder.resolve("webshop.demarc");
        Files.createDirectories(folder.resolve("evidence"));
        Path pdf = Files.writeString(folder.resolve("evidence/restore-test.txt"), "restore test passed");
        Path outside = Files.writeString(dir.resolve("outside.txt"), "not in the project folder");
        Assessment a = Samples.webshop();
        String id = a.answers().firstKey();
        Answer ans = a.answers().get(id);
        a = a.withAnswer(id, ans.withComment("internal: the DBA is leaving").withOwner("Ben")
                .withEvidence(List.of(EvidenceReferences.attach(project, pdf, "restore"),
                        EvidenceReferences.attach(project, outside, "outside"))));
        new ProjectFiles().saveNew(a, project);
        target = dir.resolve("unpacked");
    }

    @Test
    void aBundleUnpacksToTheProjectAndItsEvidenceAtTheirPaths() throws Exception {
        Path bundle = dir.resolve("w.demarcz");
        Assessment a = new ProjectFiles().open(project).value();
        BundleWriter.Result r = BundleWriter.writeFile(a, project, false, bundle);
        assertThat(r.evidenceFiles()).isEqualTo(1);
        assertThat(r.leftOut()).anySatisfy(l -> assertThat(l).contains("outside.txt").contains("outside the project's folder"));

        BundleReader.Unpacked u = new BundleReader().unpack(bundle, target);

        assertThat(u.projectFile()).isEqualTo(target.resolve("webshop.demarc"));
        assertThat(Files.readString(target.resolve("evidence/restore-test.txt"))).isEqualTo("restore test passed");
        assertThat(Files.readAllBytes(u.projectFile())).isEqualTo(Files.readAllBytes(project));
        assertThat(dir.toFile().list()).doesNotContain(".demarcz-");
    }

    @Test
    void theClientCopyLeavesInternalCommentsAndOwnersOut() throws Exception {
        Path bundle = dir.resolve("client.demarcz");
        BundleWriter.writeFile(new ProjectFiles().open(project).value(), project, true, bundle);
        BundleReader.Unpacked u = new BundleReader().unpack(bundle, target);
        String text = Files.readString(u.projectFile());
        assertThat(text).doesNotContain("the DBA is leaving").doesNotContain("DBA lead");
        assertThat(u.manifest().forClient()).isTrue();
        Assessment copy = new ProjectReader().read(u.projectFile()).value();
        assertThat(copy.answers().values()).allSatisfy(ans -> {
            assertThat(ans.comment()).isEmpty();
            assertThat(ans.owner()).isEmpty();
            assertThat(ans.remediation().owner()).isEmpty();
        });
        assertThat(copy.answers().values()).anySatisfy(ans -> assertThat(ans.remediation().action()).isNotEmpty());
    }

    @Test
    void aSignedOffProjectHasNoClientCopy() {
        Assessment signed = SignOffs.signOff(Samples.webshop(), List.of(new Signatory("Dana", "CISO", "Northwind",
                LocalDate.parse("2026-11-30"), "")), Instant.parse("2026-11-30T10:00:00Z"), "Dana");
        assertThatThrownBy(() -> BundleWriter.toBytes(signed, project, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signed-off");
    }

    @Test
    void theSameProjectGivesTheSameBundle() throws Exception {
        Assessment a = new ProjectFiles().open(project).value();
        assertThat(BundleWriter.toBytes(a, project, false)).isEqualTo(BundleWriter.toBytes(a, project, false));
    }

    // ------------------------------------------------------------------ hostile bundles

    /** A bundle of these entries, with a manifest that lists them truthfully unless {@code manifest} is given. */
    private Path hostile(Map<String, byte[]> entries, String manifest) throws IOException {
        Path bundle = dir.resolve("hostile.demarcz");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bundle))) {
            StringBuilder files = new StringBuilder();
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
                files.append(files.length() == 0 ? "" : ",").append("{\"path\":\"").append(e.getKey())
                        .append("\",\"size\":").append(e.getValue().length).append(",\"sha256\":\"")
                        .append(sha256(e.getValue())).append("\"}");
            }
            zip.putNextEntry(new ZipEntry(BundleManifest.ENTRY));
            zip.write((manifest != null ? manifest : "{\"format\":\"demarc-bundle\",\"version\":1,"
                    + "\"project\":\"webshop.demarc\",\"forClient\":false,\"files\":[" + files + "]}")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bundle;
    }

    private static String sha256(byte[] b) {
        return java.util.HexFormat.of().formatHex(BundleWriter.sha256().digest(b));
    }

    private Map<String, byte[]> withProject(String name, byte[] content) throws IOException {
        Map<String, byte[]> m = new java.util.LinkedHashMap<>();
        m.put("webshop.demarc", Files.readAllBytes(project));
        m.put(name, content);
        return m;
    }

    private void refused(Path bundle, String expected) {
        assertThatThrownBy(() -> new BundleReader().unpack(bundle, target)).isInstanceOf(InvalidFileException.class)
                .satisfies(e -> assertThat(((InvalidFileException) e).problems().get(0).text()).contains(expected));
        assertThat(target).doesNotExist();
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".demarcz-"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void zipSlipIsRefused() throws Exception {
        refused(hostile(withProject("evidence/../../escaped.txt", "x".getBytes()), null), "leads out of the folder");
        assertThat(dir.resolve("escaped.txt")).doesNotExist();
    }

    @Test
    void absoluteNamesAreRefused() throws Exception {
        refused(hostile(withProject("/tmp/absolute.txt", "x".getBytes()), null), "absolute path");
        refused(hostile(withProject("C:/Windows/absolute.txt", "x".getBytes()), null), "absolute path");
        refused(hostile(withProject("evidence\\..\\..\\x.txt", "x".getBytes()), null), "not a plain relative path");
    }

    @Test
    void duplicateEntriesAreRefused() throws Exception {
        refused(hostile(withProject("WEBSHOP.demarc", "x".getBytes()), null), "there twice");
    }

    @Test
    void aHashMismatchIsRefused() throws Exception {
        byte[] p = Files.readAllBytes(project);
        String manifest = "{\"format\":\"demarc-bundle\",\"version\":1,\"project\":\"webshop.demarc\",\"files\":["
                + "{\"path\":\"webshop.demarc\",\"size\":" + p.length + ",\"sha256\":\"" + sha256(p) + "\"},"
                + "{\"path\":\"evidence/e.txt\",\"size\":8,\"sha256\":\"" + sha256("original".getBytes()) + "\"}]}";
        refused(hostile(withProject("evidence/e.txt", "tampered".getBytes()), manifest), "does not match");
    }

    @Test
    void anEntryTheManifestDoesNotListIsRefused() throws Exception {
        byte[] p = Files.readAllBytes(project);
        String manifest = "{\"format\":\"demarc-bundle\",\"version\":1,\"project\":\"webshop.demarc\",\"files\":["
                + "{\"path\":\"webshop.demarc\",\"size\":" + p.length + ",\"sha256\":\"" + sha256(p) + "\"}]}";
        refused(hostile(withProject("evidence/smuggled.sh", "rm -rf".getBytes()), manifest), "not in the manifest");
    }

    @Test
    void aZipBombIsRefusedWhileInflating() throws Exception {
        byte[] zeros = new byte[64 << 20];
        refused(hostile(withProject("evidence/bomb.bin", zeros), null), "zip bomb");
    }

    @Test
    void entryAndTotalLimitsHoldWhateverTheZipDeclares() throws Exception {
        Path bundle = hostile(withProject("evidence/big.txt", new byte[4096]), null);
        BundleLimits small = new BundleLimits(10, 2048 * 1024, 8L << 20, 200, 1L << 30);
        assertThatThrownBy(() -> new BundleReader(new BundleLimits(10, 1024, 8L << 20, 200, 1L << 30), new ProjectReader())
                .unpack(bundle, target)).isInstanceOf(InvalidFileException.class).hasMessageContaining("");
        assertThat(target).doesNotExist();
        assertThatThrownBy(() -> new BundleReader(new BundleLimits(2, 8L << 20, 8L << 20, 200, 1L << 30), new ProjectReader())
                .unpack(bundle, target)).isInstanceOf(InvalidFileException.class);
        assertThat(new BundleReader(small, new ProjectReader()).unpack(bundle, target).projectFile()).exists();
    }

    @Test
    void notAZipIsRefused() throws Exception {
        Path bundle = Files.writeString(dir.resolve("text.demarcz"), "just text");
        refused(bundle, "not a zip file");
    }

    @Test
    void aBundleWhoseProjectDoesNotLoadIsRefused() throws Exception {
        Map<String, byte[]> m = new java.util.LinkedHashMap<>();
        m.put("webshop.demarc", "{\"format\":\"demarc-assessment\"}".getBytes());
        refused(hostile(m, null), "does not load");
    }

    @Test
    void aFolderThatIsNotEmptyIsNeverWrittenInto() throws Exception {
        Path bundle = dir.resolve("w.demarcz");
        BundleWriter.writeFile(new ProjectFiles().open(project).value(), project, false, bundle);
        Files.createDirectories(target);
        Files.writeString(target.resolve("mine.txt"), "keep");
        assertThatThrownBy(() -> new BundleReader().unpack(bundle, target))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
        assertThat(target.toFile().list()).containsExactly("mine.txt");
    }

    @Test
    void theManifestNamesEverySizeAndHash() throws Exception {
        byte[] bundle = BundleWriter.toBytes(new ProjectFiles().open(project).value(), project, false);
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(bundle))) {
            List<String> names = new java.util.ArrayList<>();
            ByteArrayOutputStream manifest = new ByteArrayOutputStream();
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
                if (e.getName().equals(BundleManifest.ENTRY)) {
                    in.transferTo(manifest);
                }
            }
            assertThat(names).containsExactly("webshop.demarc", "evidence/restore-test.txt", "manifest.json");
            BundleManifest m = BundleManifest.read(manifest.toByteArray());
            assertThat(m.items()).extracting(BundleManifest.Item::path).containsExactly("webshop.demarc",
                    "evidence/restore-test.txt");
            assertThat(m.items().get(1).sha256()).isEqualTo(sha256("restore test passed".getBytes()));
        }
    }
}

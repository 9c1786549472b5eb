package org.demarc.project.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.demarc.assessment.ClientCopy;
import org.demarc.assessment.EvidenceCheck;
import org.demarc.assessment.EvidenceReferences;
import org.demarc.model.Answer;
import org.demarc.model.Assessment;
import org.demarc.model.EvidenceReference;
import org.demarc.model.Messages;
import org.demarc.project.ProjectWriter;

/**
 * Writes a {@code .demarcz}: the project file and every evidence file under the project's folder, at
 * its path relative to that folder, with {@code manifest.json} listing each entry's size and SHA-256.
 * Evidence outside the folder, missing or unreadable stays out and is reported. Entries carry a
 * fixed time, so the same project and files give the same bundle.
 */
public final class BundleWriter {
    /** The time of every entry (the zip format's earliest), so a bundle does not change with the clock. */
    private static final FileTime ENTRY_TIME = FileTime.fromMillis(315_532_800_000L);

    /** What was written, and the evidence left out with the reason. */
    public record Result(int evidenceFiles, List<String> leftOut) {
    }

    private BundleWriter() {
    }

    /**
     * @param projectFile where the project lives (evidence paths are relative to its folder)
     * @throws IllegalArgumentException for a client copy of a signed-off project (message ready to show)
     */
    public static Result write(Assessment project, Path projectFile, boolean forClient, OutputStream target)
            throws IOException {
        if (forClient && project.isSignedOff()) {
            throw new IllegalArgumentException(Messages.get("bundle.clientCopySignedOff"));
        }
        Assessment written = forClient ? ClientCopy.of(project) : project;
        String projectName = projectFile.getFileName().toString();
        List<BundleManifest.Item> items = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        EvidenceCheck check = new EvidenceCheck(projectFile, List.of());
        Path dir = projectFile.toAbsolutePath().normalize().getParent();
        try (ZipOutputStream zip = new ZipOutputStream(target)) {
            byte[] bytes = ProjectWriter.toBytes(written);
            put(zip, projectName, new java.io.ByteArrayInputStream(bytes), items);
            for (Map.Entry<String, EvidenceReference> e : evidence(project).entrySet()) {
                EvidenceReferences.State state = check.check(e.getValue(), () -> { });
                Path file = EvidenceReferences.resolve(projectFile, e.getKey()).toAbsolutePath().normalize();
                String name = dir.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                if (state != EvidenceReferences.State.UNCHANGED && state != EvidenceReferences.State.CHANGED
                        || name.equalsIgnoreCase(projectName) || name.equalsIgnoreCase(BundleManifest.ENTRY)) {
                    leftOut.add(Messages.get("bundle.leftOut", e.getKey(), Messages.get("bundle.state." + state.name())));
                    continue;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    put(zip, name, in, items);
                }
            }
            ZipEntry m = entry(BundleManifest.ENTRY);
            zip.putNextEntry(m);
            zip.write(new BundleManifest(projectName, forClient, items).toBytes());
            zip.closeEntry();
        }
        return new Result(items.size() - 1, leftOut);
    }

    /** Each evidence path once, in answer order. */
    private static Map<String, EvidenceReference> evidence(Assessment a) {
        Map<String, EvidenceReference> out = new LinkedHashMap<>();
        for (Answer ans : a.answers().values()) {
            for (EvidenceReference r : ans.evidence()) {
                out.putIfAbsent(r.path(), r);
            }
        }
        return out;
    }

    private static void put(ZipOutputStream zip, String name, InputStream in, List<BundleManifest.Item> items)
            throws IOException {
        zip.putNextEntry(entry(name));
        MessageDigest digest = sha256();
        long size;
        try (OutputStream counted = new DigestOutputStream(new Uncloseable(zip), digest)) {
            size = in.transferTo(counted);
        }
        zip.closeEntry();
        items.add(new BundleManifest.Item(name, size, HexFormat.of().formatHex(digest.digest())));
    }

    private static ZipEntry entry(String name) {
        ZipEntry e = new ZipEntry(name);
        e.setLastModifiedTime(ENTRY_TIME);
        return e;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the bundle to a new file: through a temporary file beside it, so a failure leaves nothing behind. */
    public static Result writeFile(Assessment project, Path projectFile, boolean forClient, Path output)
            throws IOException {
        Path out = output.toAbsolutePath().normalize();
        Path tmp = Files.createTempFile(out.getParent(), ".demarcz-", ".tmp");
        try {
            Result r;
            try (OutputStream os = Files.newOutputStream(tmp)) {
                r = write(project, projectFile, forClient, os);
            }
            Files.move(tmp, out);
            return r;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Bytes of a project in memory: a bundle of it. */
    public static byte[] toBytes(Assessment project, Path projectFile, boolean forClient) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(project, projectFile, forClient, out);
        return out.toByteArray();
    }

    /** Lets an entry's stream be closed without closing the zip. */
    private static final class Uncloseable extends java.io.FilterOutputStream {
        Uncloseable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

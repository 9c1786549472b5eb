package org.demarc.project.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.demarc.io.InvalidFileException;
import org.demarc.io.JsonLimits;
import org.demarc.io.Problem;
import org.demarc.model.Assessment;
import org.demarc.project.ProjectFormat;
import org.demarc.project.ProjectReader;

/**
 * Unpacks a {@code .demarcz} without trusting it. Refused whole, before anything is written where
 * the user asked: an entry name that is absolute, climbs out ({@code ..}), uses backslashes, drive
 * letters or control characters; two entries of the same name (ignoring case, as Windows and macOS
 * do); more entries or bytes than {@link BundleLimits} allow, or an entry that inflates suspiciously
 * (counted while inflating, whatever the zip says); an entry the manifest does not list or a listed
 * one that is absent; a size or SHA-256 that differs from the manifest; a project file that does
 * not load. Everything is unpacked into a temporary folder beside the target and moved into place
 * only when all of it checked out.
 */
public final class BundleReader {
    private final BundleLimits limits;
    private final ProjectReader projectReader;

    public BundleReader() {
        this(BundleLimits.STANDARD, new ProjectReader());
    }

    public BundleReader(BundleLimits limits, ProjectReader projectReader) {
        this.limits = limits;
        this.projectReader = projectReader;
    }

    /** What was unpacked: the project file's new place and the manifest. */
    public record Unpacked(Path projectFile, BundleManifest manifest) {
    }

    /**
     * Unpacks into {@code target}, which must not exist or be an empty folder.
     *
     * @throws InvalidFileException when the bundle is refused (nothing is written)
     */
    public Unpacked unpack(Path bundle, Path target) throws IOException, InvalidFileException {
        Path dest = target.toAbsolutePath().normalize();
        if (Files.exists(dest) && !emptyFolder(dest)) {
            throw new java.nio.file.FileAlreadyExistsException(dest.toString());
        }
        Path parent = dest.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, ".demarcz-");
        try {
            BundleManifest manifest = extract(bundle, tmp);
            Files.deleteIfExists(dest);
            Files.move(tmp, dest);
            return new Unpacked(dest.resolve(manifest.project()), manifest);
        } finally {
            if (Files.exists(tmp)) {
                deleteTree(tmp);
            }
        }
    }

    /** Reads and checks the bundle into {@code dir}; the project read from it, for opening without unpacking. */
    public Assessment readProject(Path bundle, Path scratch) throws IOException, InvalidFileException {
        BundleManifest m = extract(bundle, scratch);
        return projectReader.read(scratch.resolve(m.project())).value();
    }

    /**
     * Reads and checks the whole bundle as {@link #unpack} does, in a scratch folder removed again:
     * the project to look at without unpacking, nothing left behind.
     */
    public Assessment readProject(Path bundle) throws IOException, InvalidFileException {
        Path scratch = Files.createTempDirectory(".demarcz-view-");
        try {
            return readProject(bundle, scratch);
        } finally {
            deleteTree(scratch);
        }
    }

    private BundleManifest extract(Path bundle, Path dir) throws IOException, InvalidFileException {
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            Map<String, ZipEntry> entries = checkNames(zip);
            ZipEntry manifestEntry = entries.get(BundleManifest.ENTRY);
            if (manifestEntry == null) {
                throw refused("bundle.noManifest");
            }
            long[] total = {0};
            byte[] manifestBytes = inflate(zip, manifestEntry, JsonLimits.MAX_FILE_BYTES, total);
            BundleManifest manifest = BundleManifest.read(manifestBytes);
            Set<String> listed = new HashSet<>();
            for (BundleManifest.Item item : manifest.items()) {
                if (!listed.add(item.path())) {
                    throw refused("bundle.duplicate", item.path());
                }
                if (!entries.containsKey(item.path())) {
                    throw refused("bundle.missingEntry", item.path());
                }
            }
            if (!listed.contains(manifest.project()) || !manifest.project().toLowerCase(Locale.ROOT)
                    .endsWith(ProjectFormat.EXTENSION) || manifest.project().contains("/")) {
                throw refused("bundle.noProject", manifest.project());
            }
            for (String name : entries.keySet()) {
                if (!name.equals(BundleManifest.ENTRY) && !listed.contains(name)) {
                    throw refused("bundle.unlisted", name);
                }
            }
            for (BundleManifest.Item item : manifest.items()) {
                copy(zip, entries.get(item.path()), item, dir, total);
            }
            try {
                projectReader.read(dir.resolve(manifest.project()));
            } catch (InvalidFileException e) {
                List<Problem> problems = new ArrayList<>();
                problems.add(Problem.error("", "bundle.badProject", manifest.project()));
                problems.addAll(e.problems());
                throw new InvalidFileException(problems);
            }
            return manifest;
        } catch (ZipException e) {
            throw refused("bundle.notZip", e.getMessage() == null ? "" : e.getMessage());
        }
    }

    /** Every entry by name, after refusing unsafe, duplicate or too many names. */
    private Map<String, ZipEntry> checkNames(ZipFile zip) throws InvalidFileException {
        Map<String, ZipEntry> byName = new HashMap<>();
        Set<String> folded = new HashSet<>();
        int count = 0;
        for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
            ZipEntry e = en.nextElement();
            if (++count > limits.maxEntries()) {
                throw refused("bundle.tooManyEntries", limits.maxEntries());
            }
            String name = e.getName();
            String unsafe = BundleNames.problem(name);
            if (unsafe != null) {
                throw refused(unsafe, Problem.visible(name));
            }
            if (e.isDirectory()) {
                throw refused("bundle.folderEntry", Problem.visible(name));
            }
            if (!folded.add(name.toLowerCase(Locale.ROOT)) || byName.put(name, e) != null) {
                throw refused("bundle.duplicate", Problem.visible(name));
            }
        }
        return byName;
    }

    private void copy(ZipFile zip, ZipEntry e, BundleManifest.Item item, Path dir, long[] total)
            throws IOException, InvalidFileException {
        Path file = dir.resolve(item.path().replace('/', java.io.File.separatorChar)).normalize();
        if (!file.startsWith(dir)) {
            throw refused("bundle.traversal", Problem.visible(item.path()));
        }
        Files.createDirectories(file.getParent());
        MessageDigest digest = BundleWriter.sha256();
        long size = 0;
        try (InputStream in = zip.getInputStream(e);
             OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                size += n;
                total[0] += n;
                guard(e, size, total[0]);
                digest.update(buf, 0, n);
                out.write(buf, 0, n);
            }
        }
        if (size != item.size() || !HexFormat.of().formatHex(digest.digest()).equalsIgnoreCase(item.sha256())) {
            throw refused("bundle.hashMismatch", Problem.visible(item.path()));
        }
    }

    private byte[] inflate(ZipFile zip, ZipEntry e, long max, long[] total) throws IOException, InvalidFileException {
        try (InputStream in = zip.getInputStream(e)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            total[0] += bytes.length;
            guard(e, bytes.length, total[0]);
            if (bytes.length > max) {
                throw refused("bundle.entryTooLarge", e.getName(), max);
            }
            return bytes;
        }
    }

    /** Limits on what has really been inflated so far, since the sizes a zip declares may lie. */
    private void guard(ZipEntry e, long entryBytes, long totalBytes) throws InvalidFileException {
        if (entryBytes > limits.maxEntryBytes()) {
            throw refused("bundle.entryTooLarge", Problem.visible(e.getName()), limits.maxEntryBytes());
        }
        if (totalBytes > limits.maxTotalBytes()) {
            throw refused("bundle.tooLarge", limits.maxTotalBytes());
        }
        long compressed = Math.max(1, e.getCompressedSize());
        if (entryBytes > limits.ratioFloor() && entryBytes / compressed > limits.maxRatio()) {
            throw refused("bundle.bomb", Problem.visible(e.getName()));
        }
    }

    private static InvalidFileException refused(String key, Object... args) {
        return new InvalidFileException(Problem.error("", key, args));
    }

    private static boolean emptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

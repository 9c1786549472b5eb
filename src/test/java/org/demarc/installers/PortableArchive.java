package org.demarc.installers;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * One built archive of the portable edition (.zip or .tar.gz) as its entries: name, Unix mode and,
 * for the entries asked for, the bytes. Jars are small enough to hold; the rest is only listed.
 */
record PortableArchive(Map<String, Integer> modes, Map<String, byte[]> contents) {
    static PortableArchive read(Path file, Predicate<String> keep) throws IOException {
        Map<String, Integer> modes = new LinkedHashMap<>();
        Map<String, byte[]> contents = new LinkedHashMap<>();
        if (file.getFileName().toString().endsWith(".zip")) {
            // The central directory, not the stream: only it has the Unix modes.
            try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
                for (ZipArchiveEntry e : Collections.list(zip.getEntriesInPhysicalOrder())) {
                    try (InputStream in = zip.getInputStream(e)) {
                        add(modes, contents, e.getName(), e.getUnixMode(), in, keep);
                    }
                }
            }
            return new PortableArchive(modes, contents);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
                TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
            for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
                add(modes, contents, e.getName(), e.getMode(), tar, keep);
            }
        }
        return new PortableArchive(modes, contents);
    }

    private static void add(Map<String, Integer> modes, Map<String, byte[]> contents, String name, int mode,
            InputStream in, Predicate<String> keep) throws IOException {
        modes.put(name, mode);
        if (!name.endsWith("/") && keep.test(name)) {
            contents.put(name, in.readAllBytes());
        }
    }

    boolean executable(String name) {
        return (modes.getOrDefault(name, 0) & 0100) != 0;
    }

    /** The entries of a jar held in this archive, each with its bytes when {@code keep} takes its name. */
    Map<String, byte[]> jarEntries(String jar, Predicate<String> keep) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(contents.get(jar)))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), keep.test(e.getName()) ? in.readAllBytes() : new byte[0]);
            }
        }
        return entries;
    }
}

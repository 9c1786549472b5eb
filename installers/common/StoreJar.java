import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites jars in place with every entry stored, not deflated, byte for byte otherwise (so signed
 * jars stay signed), optionally without the entries under the folders given with --drop.
 * The installer's own compression (xz in a .deb) then sees the class files themselves, and packs
 * the program into half the size it gets from already deflated jars.
 * Usage: java installers/common/StoreJar.java [--drop FOLDER/]... JAR...
 */
public final class StoreJar {
    private StoreJar() {
    }

    public static void main(String[] args) throws IOException {
        List<String> drop = new ArrayList<>();
        List<Path> jars = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--drop")) {
                drop.add(args[++i]);
            } else {
                jars.add(Path.of(args[i]));
            }
        }
        for (Path jar : jars) {
            store(jar, drop);
        }
    }

    private static void store(Path jar, List<String> drop) throws IOException {
        Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp");
        int dropped = 0;
        try (ZipFile in = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(tmp);
                ZipOutputStream out = new ZipOutputStream(file)) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (drop.stream().anyMatch(e.getName()::startsWith)) {
                    dropped++;
                    continue;
                }
                byte[] bytes;
                try (InputStream s = in.getInputStream(e)) {
                    bytes = s.readAllBytes();
                }
                CRC32 crc = new CRC32();
                crc.update(bytes);
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setMethod(ZipEntry.STORED);
                copy.setSize(bytes.length);
                copy.setCompressedSize(bytes.length);
                copy.setCrc(crc.getValue());
                copy.setTime(e.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
        if (dropped > 0) {
            System.out.println("   " + jar.getFileName() + ": " + dropped + " entries left out");
        }
    }
}

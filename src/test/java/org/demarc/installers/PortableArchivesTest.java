package org.demarc.installers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The archives of the portable edition, as installers/portable.sh builds them into
 * target/portable/ (skipped when they are not built): each holds JavaFX with the native libraries
 * of its OS and architecture (read from the libraries' headers), the jars and the launchers; the
 * Linux one is an app-image with its own runtime. That the Linux ones start is checked by
 * installers/check-portable.sh.
 */
class PortableArchivesTest {
    private static final Path OUT = Path.of("target/portable");
    private static final List<String> FX_MODULES = List.of("base", "graphics", "controls");

    @Test
    void theWindowsArchiveHoldsJavaFxForWindowsX64AndItsLauncher() throws IOException {
        PortableArchive zip = archive("windows-x64.zip");
        assertOnlyJavaFx(zip, Map.of("win", NativeFormat.WINDOWS_X64));
        assertThat(zip.modes()).containsKeys(root(zip) + "demarc.cmd", root(zip) + "README.txt", root(zip) + "NOTICE");
        assertJarsAndOptions(zip);
    }

    @Test
    void eachMacArchiveHoldsJavaFxForItsArchitectureAndAnExecutableLauncher() throws IOException {
        for (var mac : Map.of("macos-x64.tar.gz", Map.of("mac", NativeFormat.MACOS_X64),
                "macos-aarch64.tar.gz", Map.of("mac-aarch64", NativeFormat.MACOS_AARCH64)).entrySet()) {
            PortableArchive tar = archive(mac.getKey());
            assertOnlyJavaFx(tar, mac.getValue());
            assertThat(tar.executable(root(tar) + "demarc.command")).as("demarc.command executable").isTrue();
            assertThat(tar.executable(root(tar) + "demarc.sh")).as("demarc.sh executable").isTrue();
            assertJarsAndOptions(tar);
        }
    }

    @Test
    void theCrossPlatformArchiveHoldsJavaFxOfEveryOsAndEveryLauncher() throws IOException {
        PortableArchive zip = archive("portable.zip");
        assertOnlyJavaFx(zip, Map.of("win", NativeFormat.WINDOWS_X64, "mac", NativeFormat.MACOS_X64,
                "mac-aarch64", NativeFormat.MACOS_AARCH64, "linux", NativeFormat.LINUX_X64));
        assertThat(zip.modes()).containsKeys(root(zip) + "demarc.cmd");
        assertThat(zip.executable(root(zip) + "demarc.sh")).as("demarc.sh executable after unzip").isTrue();
        assertThat(zip.executable(root(zip) + "demarc.command")).isTrue();
        assertJarsAndOptions(zip);
    }

    @Test
    void theLinuxArchiveIsAnAppImageWithItsOwnRuntimeAndNoMachineBoundArchives() throws IOException {
        PortableArchive tar = archive("linux-x64.tar.gz");
        String root = root(tar);
        assertThat(tar.executable(root + "bin/Demarc")).as("bin/Demarc executable").isTrue();
        assertThat(tar.modes()).containsKeys(root + "lib/app/demarc.jar", root + "lib/runtime/release",
                root + "lib/app/make-cds-archive.sh");
        assertThat(NativeFormat.of(tar.contents().get(root + "lib/runtime/bin/java")))
                .as("a runtime for Linux x64 (JavaFX's natives are inside its lib/modules)").isEqualTo(NativeFormat.LINUX_X64);
        assertThat(tar.modes().keySet()).as("class-data-sharing archives record absolute paths")
                .noneMatch(name -> name.endsWith(".jsa"));
    }

    /** The archive's JavaFX folders are exactly these, each with the modules and natives of its OS. */
    private static void assertOnlyJavaFx(PortableArchive archive, Map<String, NativeFormat> expected)
            throws IOException {
        String fx = root(archive) + "javafx/";
        Set<String> folders = archive.modes().keySet().stream().filter(n -> n.startsWith(fx) && n.length() > fx.length())
                .map(n -> n.substring(fx.length()).split("/")[0]).collect(Collectors.toCollection(TreeSet::new));
        assertThat(folders).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (var os : expected.entrySet()) {
            String folder = fx + os.getKey() + "/";
            List<String> jars = archive.modes().keySet().stream().filter(n -> n.startsWith(folder) && n.endsWith(".jar"))
                    .toList();
            assertThat(jars).hasSize(FX_MODULES.size());
            for (String module : FX_MODULES) {
                assertThat(jars).anyMatch(j -> j.matches(".*/javafx-" + module + "-[0-9.]+-" + os.getKey() + "\\.jar"));
            }
            String graphics = jars.stream().filter(j -> j.contains("javafx-graphics-")).findFirst().orElseThrow();
            Map<String, byte[]> natives = archive.jarEntries(graphics, PortableArchivesTest::isNative);
            Map<String, NativeFormat> formats = natives.entrySet().stream().filter(e -> isNative(e.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> NativeFormat.of(e.getValue())));
            assertThat(formats).as(os.getKey() + " natives").hasSizeGreaterThan(5)
                    .containsKey(glass(os.getValue()));
            assertThat(formats.values()).as(os.getKey() + " natives built for " + os.getValue())
                    .containsOnly(os.getValue());
        }
    }

    private static void assertJarsAndOptions(PortableArchive archive) throws IOException {
        String root = root(archive);
        assertThat(archive.modes()).containsKey(root + "lib/demarc.jar");
        assertThat(archive.modes().keySet()).as("JavaFX only in javafx/, on the module path")
                .noneMatch(n -> n.startsWith(root + "lib/javafx-") && n.endsWith(".jar"));
        assertThat(new String(archive.contents().get(root + "lib/javafx-options.txt"), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(Path.of("installers/common/javafx-module-options.txt")));
    }

    private static String glass(NativeFormat format) {
        return switch (format) {
            case WINDOWS_X64 -> "glass.dll";
            case LINUX_X64 -> "libglass.so";
            default -> "libglass.dylib";
        };
    }

    private static boolean isNative(String name) {
        return name.endsWith(".dll") || name.endsWith(".so") || name.endsWith(".dylib");
    }

    /** The one folder everything is in, demarc-VERSION/. */
    private static String root(PortableArchive archive) {
        Set<String> roots = archive.modes().keySet().stream().map(n -> n.split("/")[0] + "/").collect(Collectors.toSet());
        assertThat(roots).singleElement().asString().matches("demarc-[0-9.]+/");
        return roots.iterator().next();
    }

    private static PortableArchive archive(String suffix) throws IOException {
        assumeTrue(Files.isDirectory(OUT), "no portable edition built (installers/portable.sh)");
        Path file;
        try (Stream<Path> files = Files.list(OUT)) {
            file = files.filter(p -> p.getFileName().toString().matches("demarc-[0-9.]+-" + suffix.replace(".", "\\.")))
                    .findFirst().orElse(null);
        }
        assertThat(file).as("demarc-VERSION-" + suffix + " in " + OUT).isNotNull();
        return PortableArchive.read(file, name -> name.endsWith(".jar") && name.contains("/javafx/")
                || name.endsWith("javafx-options.txt") || name.endsWith("/lib/runtime/bin/java"));
    }
}

package org.demarc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every jar on the runtime class path (what the runnable jar and the installers bundle, direct
 * and transitive) is named in NOTICE by group and artifact, and NOTICE names nothing that is not
 * bundled. The class path is written by maven-dependency-plugin before the tests run
 * ({@code target/bundled-jars.txt}, paths relative to the local repository).
 */
class NoticeTest {
    private static final String REPO = "M2REPO";
    private static final Pattern COORDINATES = Pattern.compile("^  ([a-z][\\w.-]*): ([\\w.-]+(?:, [\\w.-]+)*)\\s*$",
            Pattern.MULTILINE);

    @Test
    void noticeNamesEveryBundledJarAndNothingElse() throws Exception {
        Set<String> bundled = bundled();
        Set<String> named = new TreeSet<>();
        Matcher m = COORDINATES.matcher(Files.readString(Path.of("NOTICE")));
        while (m.find()) {
            for (String artifact : m.group(2).split(", ")) {
                named.add(m.group(1) + ":" + artifact);
            }
        }
        // javafx-* jars, POI's dependencies and the Bouncy Castle parts are ~40 jars today.
        assertThat(bundled).hasSizeGreaterThan(30);
        assertThat(bundled).as("bundled but missing from NOTICE").isSubsetOf(named);
        assertThat(named).as("named in NOTICE but not bundled").isSubsetOf(bundled);
    }

    /** group:artifact of each runtime jar, from its path in the local Maven repository. */
    private static Set<String> bundled() throws Exception {
        Path list = Path.of(System.getProperty("demarc.bundledJars", "target/bundled-jars.txt"));
        assertThat(list).as("written by maven-dependency-plugin in generate-test-resources").exists();
        Set<String> out = new TreeSet<>();
        List<String> foreign = new ArrayList<>();
        for (String entry : Files.readString(list).trim().split(Pattern.quote(java.io.File.pathSeparator))) {
            String path = entry.replace('\\', '/');
            if (!path.startsWith(REPO + "/")) {
                foreign.add(entry);
                continue;
            }
            // M2REPO/org/apache/pdfbox/fontbox/3.0.8/fontbox-3.0.8.jar
            String[] parts = path.substring(REPO.length() + 1).split("/");
            String artifact = parts[parts.length - 3];
            String group = String.join(".", List.of(parts).subList(0, parts.length - 3));
            assertThat(parts[parts.length - 1]).as(entry).startsWith(artifact + "-" + parts[parts.length - 2]);
            out.add(group + ":" + artifact);
        }
        assertThat(foreign).as("runtime jars outside the local repository").isEmpty();
        return out;
    }
}

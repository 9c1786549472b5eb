package org.demarc.installers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * .github/workflows/installers.yml cannot run on this machine, so it is kept correct by
 * construction: it parses as YAML, builds on each OS's hosted runner with the commands of this
 * repository (every installers/ script it names exists and is executable), installs and starts
 * what it built, and uploads the packages.
 */
class InstallersWorkflowTest {
    private static final Path WORKFLOW = Path.of(".github/workflows/installers.yml");
    private static final Pattern SCRIPT = Pattern.compile("installers/[\\w/-]+\\.sh");
    private static JsonNode jobs;
    private static List<String> runs;

    @BeforeAll
    static void parse() throws IOException {
        JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
        assertThat(workflow.path("on").isObject()).as("triggers").isTrue();
        jobs = workflow.path("jobs");
        runs = new ArrayList<>();
        jobs.forEach(job -> job.path("steps").forEach(step -> {
            if (step.has("run")) {
                runs.add(step.get("run").asText());
            }
        }));
    }

    @Test
    void itBuildsOnWindowsBothMacArchitecturesAndLinux() {
        Set<String> runners = new TreeSet<>();
        jobs.forEach(job -> {
            String runsOn = job.path("runs-on").asText();
            if (runsOn.contains("matrix.runner")) {
                job.path("strategy").path("matrix").path("include").forEach(i -> runners.add(i.path("runner").asText()));
            } else {
                runners.add(runsOn);
            }
        });
        assertThat(runners).anyMatch(r -> r.startsWith("windows-"))
                .anyMatch(r -> r.startsWith("ubuntu-"))
                .as("macOS on Apple silicon and on Intel").contains("macos-15", "macos-15-intel");
        assertThat(jobs.path("windows").path("runs-on").asText()).startsWith("windows-");
        assertThat(jobs.path("linux").path("runs-on").asText()).startsWith("ubuntu-");
        assertThat(jobs.path("macos").path("strategy").path("matrix").path("include").findValuesAsText("arch"))
                .containsExactlyInAnyOrder("aarch64", "x64");
    }

    @Test
    void everyJobSetsUpJava17AndTheWindowsJobWix3() {
        jobs.fields().forEachRemaining(job -> assertThat(job.getValue().path("steps").findValuesAsText("java-version"))
                .as(job.getKey()).containsExactly("17"));
        assertThat(String.join("\n", jobs.path("windows").findValuesAsText("run"))).contains("WiX Toolset v3");
    }

    @Test
    void theScriptsItRunsAreThoseOfThisRepository() {
        Set<String> named = new TreeSet<>();
        for (String run : runs) {
            Matcher m = SCRIPT.matcher(run);
            while (m.find()) {
                named.add(m.group());
            }
        }
        assertThat(named).contains("installers/build.sh", "installers/check-repeatable.sh", "installers/portable.sh",
                "installers/check-portable.sh");
        for (String script : named) {
            assertThat(Path.of(script)).as(script).exists();
            assertThat(Files.isExecutable(Path.of(script))).as(script + " executable").isTrue();
        }
        for (String os : List.of("windows", "macos")) {
            assertThat(jobs.path(os).findValuesAsText("run")).as(os).contains("installers/build.sh");
        }
    }

    @Test
    void itStartsWhatItInstalledOnTheSampleAndInTheGuiSelfTest() {
        for (String job : List.of("linux", "windows", "macos", "portable")) {
            String steps = String.join("\n", jobs.path(job).findValuesAsText("run"));
            assertThat(steps).as(job).contains("validate").contains("--self-test").contains("DEMARC-SMOKE-OK steps=8");
        }
        assertThat(String.join("\n", jobs.path("windows").findValuesAsText("run"))).contains("demarc-cli.exe", "msiexec");
        assertThat(String.join("\n", jobs.path("macos").findValuesAsText("run"))).contains("hdiutil attach",
                "CFBundleDocumentTypes");
        assertThat(String.join("\n", jobs.path("linux").findValuesAsText("run"))).contains("apt-get install -y ./target")
                .contains("installers/check-package.sh target/jpackage/packages/demarc-*.rpm");
    }

    @Test
    void itUploadsThePackagesOfEveryOsAndThePortableEdition() {
        List<String> uploaded = new ArrayList<>();
        jobs.forEach(job -> job.path("steps").forEach(step -> {
            if (step.path("uses").asText().startsWith("actions/upload-artifact@")) {
                uploaded.add(step.path("with").path("path").asText());
            }
        }));
        assertThat(uploaded).contains("target/jpackage/packages/*", "target/portable/*");
        for (String job : List.of("linux", "windows", "macos")) {
            assertThat(jobs.path(job).path("steps").findValuesAsText("uses")).as(job)
                    .anyMatch(u -> u.startsWith("actions/upload-artifact@"));
        }
        assertThat(jobs.path("portable").path("needs").asText()).isEqualTo("linux");
    }
}

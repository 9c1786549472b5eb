package org.demarc.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.demarc.model.AnswerStatus;
import org.demarc.model.Category;
import org.demarc.model.Responsibility;
import org.junit.jupiter.api.Test;

/** Every key the code uses exists, and every key in the bundle is used. */
class MessagesConsistencyTest {
    /** Keys built from enum names at run time ("responsibility." + r.name()). */
    private static final Set<String> DYNAMIC_PREFIXES = Set.of("responsibility.", "category.", "status.", "class.",
            "wizard.state.", "report.evidenceState.", "export.oscal.baseline.",
            "bundle.state.", "portfolio.status.");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesConsistencyTest.class.getResourceAsStream("/org/demarc/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static String allSources() throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".fxml")).toList()) {
                sb.append(Files.readString(f)).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Properties messages = bundle("messages.properties");
        messages.putAll(bundle("cli.properties"));
        // Keys are passed as string literals to Messages.get(...) or Problem/ProblemList calls.
        Pattern literal = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
        Set<String> missing = new TreeSet<>();
        Matcher m = literal.matcher(allSources());
        Set<String> knownNonKeys = Set.of("org.demarc.i18n.messages", "org.demarc.i18n.cli", "aws.json",
                "matrix.css", "demarc.smokeTest",
                "demarc.exitWhenShown");
        while (m.find()) {
            String key = m.group(1);
            if (looksLikeKey(key, messages) && !knownNonKeys.contains(key) && !messages.containsKey(key)) {
                missing.add(key);
            }
        }
        assertThat(missing).isEmpty();
    }

    /** A dotted literal whose first part is the first part of some bundle key is meant as a key. */
    private static boolean looksLikeKey(String s, Properties messages) {
        String head = s.substring(0, s.indexOf('.') + 1);
        return messages.stringPropertyNames().stream().anyMatch(k -> k.startsWith(head));
    }

    @Test
    void everyKeyInTheBundleIsUsed() throws IOException {
        Properties messages = bundle("messages.properties");
        String sources = allSources();
        Set<String> unused = new TreeSet<>();
        for (String key : messages.stringPropertyNames()) {
            boolean dynamic = DYNAMIC_PREFIXES.stream().anyMatch(key::startsWith);
            if (!dynamic && !sources.contains("\"" + key + "\"")) {
                unused.add(key);
            }
        }
        assertThat(unused).isEmpty();
    }

    @Test
    void enumDerivedKeysCoverEveryValueAndNothingElse() throws IOException {
        Properties messages = bundle("messages.properties");
        Set<String> expected = new HashSet<>();
        for (Responsibility r : Responsibility.values()) {
            expected.add("responsibility." + r.name());
        }
        for (Category c : Category.values()) {
            expected.add("category." + c.name());
        }
        for (AnswerStatus s : AnswerStatus.values()) {
            expected.add("status." + s.name());
        }
        for (org.demarc.model.ControlClass c : org.demarc.model.ControlClass.values()) {
            expected.add("class." + c.name());
        }
        for (org.demarc.ui.wizard.StepState s : org.demarc.ui.wizard.StepState.values()) {
            expected.add("wizard.state." + s.name());
        }
        for (org.demarc.assessment.EvidenceReferences.State s : org.demarc.assessment.EvidenceReferences.State.values()) {
            expected.add("report.evidenceState." + s.name());
        }
        for (org.demarc.assessment.EvidenceReferences.State s : org.demarc.assessment.EvidenceReferences.State.values()) {
            expected.add("bundle.state." + s.name());
        }
        for (org.demarc.assessment.SignOffState s : org.demarc.assessment.SignOffState.values()) {
            expected.add("portfolio.status." + s.name());
        }
        for (org.demarc.interop.oscal.Baseline b : org.demarc.interop.oscal.Baseline.values()) {
            expected.add("export.oscal.baseline." + b.name());
        }
        Set<String> actual = new HashSet<>();
        for (String key : messages.stringPropertyNames()) {
            if (DYNAMIC_PREFIXES.stream().anyMatch(key::startsWith)) {
                actual.add(key);
            }
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void everyPatternFormatsWithoutError() throws IOException {
        Properties messages = bundle("messages.properties");
        for (String key : messages.stringPropertyNames()) {
            Object[] args = {1, 2, 3, 4, 5, 6};
            assertThat(new java.text.MessageFormat(messages.getProperty(key)).format(args)).as(key).isNotBlank();
        }
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String bundle : java.util.List.of("messages.properties", "cli.properties")) {
            String text = new String(MessagesConsistencyTest.class.getResourceAsStream("/org/demarc/i18n/" + bundle)
                    .readAllBytes(), StandardCharsets.UTF_8);
            Set<String> seen = new HashSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : text.split("\\R")) {
                int eq = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && !line.startsWith(" ") && eq > 0) {
                    String key = line.substring(0, eq).strip();
                    if (!seen.add(key)) {
                        twice.add(key);
                    }
                }
            }
            assertThat(twice).as(bundle).isEmpty();
        }
    }
}

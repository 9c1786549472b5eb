package org.demarc.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Small classes with one job: a source file of the program past 400 lines (the Questions step's
 * view past 250, the screen that once held five jobs) is a class doing too much, so the build says
 * so before it grows further. Prints the spread of sizes, the figures the closing note asks for.
 */
class ClassSizeTest {
    static final int MAX_LINES = 400;
    static final Map<String, Integer> STRICTER = Map.of("org/demarc/ui/wizard/questions/QuestionsView.java", 250);

    private static final Path MAIN = Path.of("src", "main", "java");

    @Test
    void noClassOfTheProgramIsTooLong() throws IOException {
        Map<String, Integer> lines = lineCounts(MAIN);
        assertThat(lines).as("source files under " + MAIN).isNotEmpty();
        assertThat(lines).as("files with a stricter limit").containsKeys(STRICTER.keySet().toArray(String[]::new));

        List<String> offenders = new ArrayList<>();
        lines.forEach((file, count) -> {
            int limit = STRICTER.getOrDefault(file, MAX_LINES);
            if (count > limit) {
                offenders.add(MAIN.resolve(file) + ": " + count + " lines (at most " + limit + ")");
            }
        });
        List<Integer> sorted = lines.values().stream().sorted().toList();
        System.out.printf("class sizes in %s: %d classes, median %d, p90 %d, max %d lines%n", MAIN, sorted.size(),
                nearestRank(sorted, 50), nearestRank(sorted, 90), sorted.get(sorted.size() - 1));

        assertThat(offenders).as("classes over their size limit; split them along their jobs").isEmpty();
    }

    /** Lines per {@code .java} file (as {@code wc -l} counts them), keyed by the path below {@code root} with '/'. */
    static Map<String, Integer> lineCounts(Path root) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                counts.put(name, Files.readAllLines(file, StandardCharsets.UTF_8).size());
            }
        }
        return counts;
    }

    /** The nearest-rank percentile of sorted values: the smallest value with at least p% of all at or below it. */
    static int nearestRank(List<Integer> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}

package org.demarc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.demarc.catalog.CatalogReader;
import org.demarc.io.InvalidFileException;
import org.demarc.fixtures.MiniFixtures;
import org.demarc.io.Problem;
import org.demarc.project.ProjectFiles;
import org.demarc.project.ProjectReader;
import org.demarc.project.ProjectWriter;
import org.demarc.testing.Gen;
import org.demarc.testing.Property;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Mutated and generated project and catalog files: never an unhandled exception, always a clear
 * message with its location, and a file that fails to load is never modified.
 */
@Tag("slow")
class HostileInputFuzzTest {
    private static final byte[] PROJECT = ProjectWriter.toBytes(MiniFixtures.miniAssessment());
    private static final byte[] CATALOG = MiniFixtures.miniCatalogBytes();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AtomicInteger FILES = new AtomicInteger();
    private static final AtomicInteger REFUSED = new AtomicInteger();

    @Test
    void mutatedProjectBytesAreRefusedCleanlyOrLoad() {
        Property.tries(4000).forAll(byteMutations(), m -> checkProject(m.apply(PROJECT)));
    }

    @Test
    void structurallyMutatedProjectsAreRefusedCleanlyOrLoad() {
        Property.tries(3000).forAll(Gen.anyLong(), seed -> checkProject(treeMutation(PROJECT, seed)));
    }

    @Test
    void mutatedCatalogsAreRefusedCleanlyOrLoad() {
        Property.tries(1500).forAll(Gen.anyLong(), byteMutations(), (seed, m) -> {
            byte[] bytes = seed % 2 == 0 ? m.apply(CATALOG) : treeMutation(CATALOG, seed);
            FILES.incrementAndGet();
            try {
                new CatalogReader().read(bytes);
            } catch (InvalidFileException e) {
                assertClear(e);
            }
        });
    }

    @Test
    void randomDocumentsAreRefusedCleanly() {
        Property.tries(1500).forAll(Gen.anyLong(), seed -> {
            Random r = new Random(seed);
            checkProject(randomNode(r, 0).toString().getBytes(StandardCharsets.UTF_8));
        });
    }

    @Test
    void aFileThatFailsToLoadIsNeverModified() {
        Property.tries(200).forAll(byteMutations(), m -> {
            Path dir = Files.createTempDirectory("demarc-fuzz");
            Path file = dir.resolve("fuzzed.demarc");
            byte[] bytes = m.apply(PROJECT);
            Files.write(file, bytes);
            try {
                new ProjectFiles().open(file);
            } catch (InvalidFileException e) {
                assertClear(e);
            }
            assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
            try (var listing = Files.list(dir)) {
                assertThat(listing.count()).as("nothing written beside it").isEqualTo(1);
            }
            Files.delete(file);
            Files.delete(dir);
            FILES.incrementAndGet();
        });
    }

    @AfterAll
    static void report() {
        System.out.printf("fuzzing: %d files, %d refused with a located message, 0 unhandled exceptions%n",
                FILES.get(), REFUSED.get());
    }

    private static void checkProject(byte[] bytes) {
        FILES.incrementAndGet();
        try {
            new ProjectReader().read(bytes);
        } catch (InvalidFileException e) {
            assertClear(e);
        }
    }

    private static void assertClear(InvalidFileException e) {
        REFUSED.incrementAndGet();
        assertThat(e.problems()).anyMatch(Problem::isError);
        for (Problem p : e.problems()) {
            String line = p.describe();
            // A missing message key shows as !key!; a leaked exception shows its class name.
            assertThat(line).doesNotContainPattern("![a-z]+(\\.[A-Za-z]+)+!").doesNotContain("Exception")
                    .doesNotContain("java.");
            assertThat(line).matches("(?s)(error|warning) at .+: .+");
            assertThat(line).doesNotContainPattern("[\\u0000-\\u0008\\u000b-\\u001f\\u202a-\\u202e\\u2066-\\u2069]");
            assertThat(line.length()).isLessThan(600);
        }
    }

    // ------------------------------------------------------------------ generators

    /** A byte-level change: flip, delete, duplicate, insert or truncate. */
    record Mutation(int kind, int position, int length, long seed) {
        byte[] apply(byte[] in) {
            Random r = new Random(seed);
            int pos = Math.floorMod(position, in.length);
            int len = Math.max(1, Math.min(length, in.length - pos));
            List<Byte> out = new ArrayList<>(in.length + len);
            for (byte b : in) {
                out.add(b);
            }
            switch (kind) {
                case 0 -> {
                    for (int i = 0; i < len; i++) {
                        out.set(pos + i, (byte) r.nextInt(256));
                    }
                }
                case 1 -> out.subList(pos, pos + len).clear();
                case 2 -> out.addAll(pos, new ArrayList<>(out.subList(pos, pos + len)));
                case 3 -> {
                    byte[] token = TOKENS[r.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
                    for (int i = token.length - 1; i >= 0; i--) {
                        out.add(pos, token[i]);
                    }
                }
                default -> out.subList(pos, out.size()).clear();
            }
            byte[] result = new byte[out.size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = out.get(i);
            }
            return result;
        }
    }

    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "-1", "1e400",
            "\"\\ud800\"", "\"\\u0000\"", "[[[[[[[[", "{\"a\":", "\u202e", "\uFEFF", "\"format\":\"demarc-catalog\","};

    static Gen<Mutation> byteMutations() {
        Gen<Integer> kind = Gen.ints(0, 4);
        Gen<Integer> position = Gen.anyInt();
        Gen<Integer> length = Gen.ints(1, 64);
        Gen<Long> seed = Gen.anyLong();
        return s -> new Mutation(kind.next(s), position.next(s), length.next(s), seed.next(s));
    }

    /** Replaces one node of the parsed document with a value of another type, or removes it. */
    private static byte[] treeMutation(byte[] bytes, long seed) throws Exception {
        Random r = new Random(seed);
        JsonNode root = MAPPER.readTree(bytes);
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        for (int k = 0, n = 1 + r.nextInt(3); k < n; k++) {
            JsonNode target = containers.get(r.nextInt(containers.size()));
            if (target instanceof ObjectNode o && o.size() > 0) {
                List<String> names = new ArrayList<>();
                o.fieldNames().forEachRemaining(names::add);
                String name = names.get(r.nextInt(names.size()));
                if (r.nextInt(4) == 0) {
                    o.remove(name);
                } else {
                    o.set(name, randomNode(r, 3));
                }
            } else if (target instanceof ArrayNode a && a.size() > 0) {
                int i = r.nextInt(a.size());
                if (r.nextBoolean()) {
                    a.remove(i);
                } else {
                    a.set(i, randomNode(r, 3));
                }
            }
        }
        return MAPPER.writeValueAsBytes(root);
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            fields.forEachRemaining(e -> collect(e.getValue(), out));
            if (node.isArray()) {
                node.forEach(child -> collect(child, out));
            }
        }
    }

    private static JsonNode randomNode(Random r, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        int kind = depth > 4 ? r.nextInt(5) : r.nextInt(7);
        return switch (kind) {
            case 0 -> f.nullNode();
            case 1 -> f.booleanNode(r.nextBoolean());
            case 2 -> f.numberNode(r.nextInt(5) == 0 ? Long.MAX_VALUE : r.nextInt(2000) - 1000);
            case 3 -> f.textNode(randomText(r));
            case 4 -> f.textNode(r.nextBoolean() ? "IMPLEMENTED" : "2026-13-45");
            case 5 -> {
                ArrayNode a = f.arrayNode();
                for (int i = 0, n = r.nextInt(4); i < n; i++) {
                    a.add(randomNode(r, depth + 1));
                }
                yield a;
            }
            default -> {
                ObjectNode o = f.objectNode();
                for (int i = 0, n = r.nextInt(4); i < n; i++) {
                    o.set(r.nextBoolean() ? "format" : randomText(r), randomNode(r, depth + 1));
                }
                yield o;
            }
        };
    }

    private static String randomText(Random r) {
        String[] pool = {"", " ", "aws.ec2", "PAT-01", "\u0000", "\ud83d\udd10", "مسؤولية", "責任", "x".repeat(300),
                "../../etc/passwd", "C:\\\\Windows", "\\\\\\\\server\\\\share"};
        return pool[r.nextInt(pool.length)];
    }
}

package org.demarc.interop.oscal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.demarc.io.FieldReader;
import org.demarc.io.InvalidFileException;
import org.demarc.io.ProblemList;
import org.demarc.io.SafeFiles;
import org.demarc.io.SafeJson;
import org.demarc.model.Catalog;
import org.demarc.model.Service;

/**
 * Reads an OSCAL component definition (a provider's per-service OSCAL, say) as untrusted input and
 * tells which of its components are services Demarc's catalog knows, by name or id, so an auditor can
 * start the scope from that inventory. The file is only read; a bad one gets located messages.
 */
public final class ComponentInventory {
    /** Components read from one file at most; a real provider definition has a few hundred. */
    static final int MAX_COMPONENTS = 10_000;
    private static final Pattern ABBREVIATION = Pattern.compile("\\(([^()]{1,40})\\)");

    /** One component of the file, with the catalog's service it names, if any. */
    public record Entry(String title, String type, Optional<Service> service) {
    }

    private ComponentInventory() {
    }

    public static List<Entry> read(Path file, Catalog catalog) throws IOException, InvalidFileException {
        JsonNode root = SafeJson.parse(SafeFiles.readBounded(file));
        ProblemList problems = new ProblemList();
        FieldReader r = FieldReader.root(root, problems);
        List<Entry> out = new ArrayList<>();
        if (r != null) {
            FieldReader def = r.object("component-definition");
            if (def == null && !problems.hasErrors()) {
                problems.error(r.at("component-definition"), "json.missing", "component-definition");
            }
            if (def != null) {
                for (FieldReader c : def.objects("components", MAX_COMPONENTS)) {
                    String title = c.requiredText("title");
                    String type = c.text("type");
                    Set<String> names = new LinkedHashSet<>(List.of(title));
                    for (FieldReader p : c.objects("props", 1_000)) {
                        if (Set.of("service-id", "catalog-id", "service-name", "asset-id").contains(p.text("name"))) {
                            names.add(p.text("value"));
                        }
                    }
                    out.add(new Entry(title, type, match(names, catalog)));
                }
            }
        }
        if (problems.hasErrors()) {
            throw new InvalidFileException(problems.all());
        }
        return out;
    }

    /** The first service of the catalog whose name or id one of the component's names gives. */
    static Optional<Service> match(Set<String> names, Catalog catalog) {
        Set<String> keys = new LinkedHashSet<>();
        names.forEach(n -> keys.addAll(keys(n)));
        return catalog.services().stream().filter(s -> {
            Set<String> own = new LinkedHashSet<>(keys(s.name()));
            own.add(normal(s.id()));
            own.add(normal(s.id().substring(s.id().indexOf('.') + 1)));
            own.retainAll(keys);
            return !own.isEmpty();
        }).findFirst();
    }

    /** "Amazon Elastic Compute Cloud (EC2)": itself, without the provider's prefix, and "ec2". */
    private static Set<String> keys(String name) {
        Set<String> out = new LinkedHashSet<>();
        String n = normal(name);
        if (n.isEmpty()) {
            return out;
        }
        out.add(n);
        out.add(n.replaceFirst("^(amazon|aws) ", ""));
        Matcher m = ABBREVIATION.matcher(name);
        while (m.find()) {
            out.add(normal(m.group(1)));
            out.add(normal(name.substring(0, m.start())).replaceFirst("^(amazon|aws) ", ""));
        }
        out.remove("");
        return out;
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}.]+", " ").strip();
    }
}

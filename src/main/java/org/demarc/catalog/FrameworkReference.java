package org.demarc.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.demarc.model.Framework;

/**
 * The valid control identifiers of each framework, shipped with the program, so that a catalog
 * cannot map a control to an identifier the framework does not have.
 */
public final class FrameworkReference {
    private static final FrameworkReference BUILT_IN = load();

    private final Map<Framework, Set<String>> ids;

    private FrameworkReference(Map<Framework, Set<String>> ids) {
        this.ids = ids;
    }

    public static FrameworkReference builtIn() {
        return BUILT_IN;
    }

    public boolean isValid(Framework framework, String id) {
        return ids.get(framework).contains(id);
    }

    public Set<String> ids(Framework framework) {
        return ids.get(framework);
    }

    private static FrameworkReference load() {
        Map<Framework, Set<String>> map = new EnumMap<>(Framework.class);
        for (Framework f : Framework.values()) {
            String resource = "reference/" + f.key() + ".txt";
            try (InputStream in = FrameworkReference.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                Set<String> set = new LinkedHashSet<>();
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .forEach(set::add);
                map.put(f, Collections.unmodifiableSet(set));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new FrameworkReference(map);
    }
}

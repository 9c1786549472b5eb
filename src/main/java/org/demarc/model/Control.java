package org.demarc.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A control question of the catalog: what is asked in the workshop, who does what, and the default
 * responsibility for each service category.
 */
public record Control(String id, String title, String domainId, ControlClass controlClass,
                      String question, String guidance, String providerPart, String customerPart,
                      Map<Category, Responsibility> defaults, Map<Framework, List<String>> mappings,
                      List<String> evidenceHints, int weight) {

    public static final int MIN_WEIGHT = 1;
    public static final int MAX_WEIGHT = 5;

    public Control {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(domainId, "domainId");
        Objects.requireNonNull(controlClass, "controlClass");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(guidance, "guidance");
        Objects.requireNonNull(providerPart, "providerPart");
        Objects.requireNonNull(customerPart, "customerPart");
        defaults = Collections.unmodifiableMap(defaults.isEmpty()
                ? new EnumMap<>(Category.class) : new EnumMap<>(defaults));
        EnumMap<Framework, List<String>> copy = new EnumMap<>(Framework.class);
        mappings.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        mappings = Collections.unmodifiableMap(copy);
        evidenceHints = List.copyOf(evidenceHints);
    }

    /** The default for a category; null only in a catalog that validation has refused. */
    public Responsibility defaultFor(Category category) {
        return defaults.get(category);
    }

    public List<String> mappingsFor(Framework framework) {
        return mappings.getOrDefault(framework, List.of());
    }
}

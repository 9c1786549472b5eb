package org.demarc.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.demarc.model.Assessment;
import org.demarc.model.Catalog;
import org.demarc.model.Control;
import org.demarc.model.Messages;

/**
 * Who does what for a control, in words, over the providers of an assessment: one provider's
 * catalog words it once; over several, each provider with services in scope is named with its own
 * catalog's words ("Microsoft Azure: ..."), and a part every one of them words alike is said once.
 * The Questions step, the questionnaire, the handout and the report all word controls through here,
 * so each says the same.
 */
public final class ProviderWording {
    private ProviderWording() {
    }

    public static String of(Assessment a, Control c, Function<Control, String> part) {
        List<Catalog> parts = partsInScope(a);
        if (parts.isEmpty()) {
            return part.apply(c);
        }
        Map<String, String> byProvider = new LinkedHashMap<>();
        for (Catalog p : parts) {
            byProvider.put(p.provider().name(), part.apply(p.control(c.id()).orElse(c)));
        }
        if (new HashSet<>(byProvider.values()).size() == 1) {
            return byProvider.values().iterator().next();
        }
        List<String> lines = new ArrayList<>();
        byProvider.forEach((provider, words) -> lines.add(Messages.get("question.partOfProvider", provider, words)));
        return String.join("\n", lines);
    }

    /**
     * The names of the providers whose wording may be given side by side: those with services in
     * scope of a combined catalog; empty for a single provider, whose words are given as they are.
     */
    public static List<String> providersInScope(Assessment a) {
        return partsInScope(a).stream().map(p -> p.provider().name()).toList();
    }

    private static List<Catalog> partsInScope(Assessment a) {
        if (a == null || !a.catalog().isCombined()) {
            return List.of();
        }
        return a.catalog().parts().stream()
                .filter(p -> a.scope().stream().anyMatch(id -> a.catalog().partFor(id) == p)).toList();
    }
}

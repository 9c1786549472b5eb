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
 */
public final class ProviderWording {
    private ProviderWording() {
    }

    public static String of(Assessment a, Control c, Function<Control, String> part) {
        if (a == null || !a.catalog().isCombined()) {
            return part.apply(c);
        }
        Map<String, String> byProvider = new LinkedHashMap<>();
        for (Catalog p : a.catalog().parts()) {
            if (a.scope().stream().anyMatch(id -> a.catalog().partFor(id) == p)) {
                byProvider.put(p.provider().name(), part.apply(p.control(c.id()).orElse(c)));
            }
        }
        if (byProvider.isEmpty()) {
            return part.apply(c);
        }
        if (new HashSet<>(byProvider.values()).size() == 1) {
            return byProvider.values().iterator().next();
        }
        List<String> lines = new ArrayList<>();
        byProvider.forEach((provider, words) -> lines.add(Messages.get("question.partOfProvider", provider, words)));
        return String.join("\n", lines);
    }
}

package org.demarc.cli;

import java.util.ArrayList;
import java.util.List;

import org.demarc.catalog.diff.ProviderPartDiff;
import org.demarc.model.Catalog;
import org.demarc.model.Messages;
import org.demarc.model.Provider;

/**
 * The lines {@code catalog migrate} prints for a project combining several providers: which
 * provider parts moved and which stayed, and the services dropped from scope, provider by provider.
 */
final class CombinedMigrationText {
    private CombinedMigrationText() {
    }

    /** One line per provider part: from which catalog version to which, or kept as it was. */
    static List<String> parts(Catalog from, Catalog to) {
        List<String> out = new ArrayList<>();
        for (ProviderPartDiff part : ProviderPartDiff.between(from, to)) {
            Catalog before = part.from().orElse(null);
            Catalog after = part.to().orElse(null);
            String line = before == null || after == null || !before.equals(after)
                    ? Messages.get("cli.catalog.migrate.partMoved", part.provider().name(), name(before),
                            version(before), name(after), version(after))
                    : Messages.get("cli.catalog.migrate.partKept", part.provider().name(), before.name(),
                            before.version());
            out.add(FileLoading.shown(line));
        }
        return out;
    }

    /** A heading and the ids for each provider that lost services in scope; nothing for the others. */
    static List<String> droppedServices(Catalog from, List<String> dropped) {
        List<String> out = new ArrayList<>();
        for (Provider p : from.providers()) {
            List<String> ids = dropped.stream().filter(id -> from.providerOf(id).id().equals(p.id())).toList();
            if (!ids.isEmpty()) {
                out.add(Messages.get("cli.catalog.migrate.droppedServicesOf", p.name(), ids.size()));
                ids.forEach(id -> out.add(Messages.get("cli.catalog.migrate.droppedService", id)));
            }
        }
        return out;
    }

    private static String name(Catalog c) {
        return c == null ? "-" : c.name();
    }

    private static String version(Catalog c) {
        return c == null ? "-" : c.version();
    }
}

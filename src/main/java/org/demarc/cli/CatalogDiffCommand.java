package org.demarc.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.demarc.catalog.diff.CatalogDiff;
import org.demarc.catalog.diff.Change;
import org.demarc.catalog.diff.ProviderPartDiff;
import org.demarc.catalog.diff.VariantOf;
import org.demarc.assessment.diff.DiffText;
import org.demarc.model.Catalog;
import org.demarc.model.Control;
import org.demarc.model.Messages;
import org.demarc.model.Service;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code demarc catalog diff OLD [NEW]}: what moving from one catalog to another changes,
 * responsibility changes first, deployment variants last. Each side is a built-in catalog by name, a catalog file or a
 * project file (its embedded catalog); without NEW, the built-in AWS catalog. When either side
 * combines several providers, each provider's part is compared with the same provider's part of
 * the other side.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, resourceBundle = "org.demarc.i18n.cli")
final class CatalogDiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", descriptionKey = "catalog.diff.old",
            converter = CatalogRef.Converter.class)
    CatalogRef oldCatalog;

    @Parameters(index = "1", paramLabel = "NEW", arity = "0..1", descriptionKey = "catalog.diff.new",
            converter = CatalogRef.Converter.class)
    CatalogRef newCatalog;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Catalog from = CatalogSource.load(oldCatalog, err);
        Catalog to = CatalogSource.load(newCatalog, err);
        if (!from.isCombined() && !to.isCombined()) {
            print(CatalogDiff.between(from, to), out);
            return ExitCodes.OK;
        }
        printByProvider(ProviderPartDiff.between(from, to), out);
        return ExitCodes.OK;
    }

    /** A combination of several providers is compared part by part, a blank line between providers. */
    private static void printByProvider(List<ProviderPartDiff> parts, PrintWriter out) {
        for (int i = 0; i < parts.size(); i++) {
            ProviderPartDiff part = parts.get(i);
            if (i > 0) {
                out.println();
            }
            out.println(Messages.get("cli.catalog.diff.provider", part.provider().name()));
            if (part.diff().isPresent()) {
                print(part.diff().get(), out);
            } else {
                Catalog only = part.from().or(part::to).orElseThrow();
                out.println(Messages.get(part.from().isPresent() ? "cli.catalog.diff.providerOnlyOld"
                        : "cli.catalog.diff.providerOnlyNew", only.name(), only.version(), only.services().size()));
            }
        }
    }

    static void print(CatalogDiff diff, PrintWriter out) {
        out.println(FileLoading.shown(Messages.get("cli.catalog.diff.heading", diff.from().name(),
                diff.from().version(), diff.to().name(), diff.to().version())));
        if (diff.isEmpty()) {
            out.println(Messages.get("cli.catalog.diff.none"));
            return;
        }
        out.println(Messages.get("cli.catalog.diff.summary", diff.servicesAdded().size(),
                diff.servicesRemoved().size(), diff.servicesChanged().size(), diff.controlsAdded().size(),
                diff.controlsRemoved().size(), diff.controlsChanged().size(), diff.responsibilityChanges().size()));
        section(out, "cli.catalog.diff.responsibilityChanges", diff.responsibilityChanges(),
                c -> DiffText.responsibilityChange(c, diff.from(), diff.to()));
        section(out, "cli.catalog.diff.servicesAdded", diff.servicesAdded(), CatalogDiffCommand::service);
        section(out, "cli.catalog.diff.servicesRemoved", diff.servicesRemoved(), CatalogDiffCommand::service);
        section(out, "cli.catalog.diff.servicesChanged", diff.servicesChanged(),
                c -> changed(c, c.after().name()));
        section(out, "cli.catalog.diff.controlsAdded", diff.controlsAdded(), CatalogDiffCommand::control);
        section(out, "cli.catalog.diff.controlsRemoved", diff.controlsRemoved(), CatalogDiffCommand::control);
        section(out, "cli.catalog.diff.controlsChanged", diff.controlsChanged(),
                c -> changed(c, c.after().title()));
        if (diff.hasVariantChanges()) {
            out.println(Messages.get("cli.catalog.diff.variantSummary", diff.variantsAdded().size(),
                    diff.variantsRemoved().size(), diff.variantChanges().size()));
        }
        section(out, "cli.catalog.diff.variantsAdded", diff.variantsAdded(), CatalogDiffCommand::variant);
        section(out, "cli.catalog.diff.variantsRemoved", diff.variantsRemoved(), CatalogDiffCommand::variant);
        section(out, "cli.catalog.diff.variantChanges", diff.variantChanges(),
                c -> DiffText.responsibilityChange(c, diff.from(), diff.to()));
    }

    private static String variant(VariantOf v) {
        return Messages.get("cli.catalog.diff.variantEntry", v.service().id(), v.variant().id(), v.variant().name());
    }

    /** A heading with the count and one line per item; nothing when the list is empty. */
    static <T> void section(PrintWriter out, String headingKey, List<T> items, Function<T, String> line) {
        if (items.isEmpty()) {
            return;
        }
        out.println(Messages.get(headingKey, items.size()));
        // Names and titles come from the catalog files.
        items.forEach(item -> out.println(FileLoading.shownLines(line.apply(item))));
    }

    private static String service(Service s) {
        return Messages.get("cli.catalog.diff.entry", s.id(), s.name(),
                Messages.get("category." + s.category().name()));
    }

    private static String control(Control c) {
        return Messages.get("cli.catalog.diff.entry", c.id(), c.title(), c.domainId());
    }

    private static String changed(Change<?> c, String name) {
        return Messages.get("cli.catalog.diff.changedEntry", c.id(), name, String.join(", ", c.members()));
    }
}

package org.demarc.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.demarc.catalog.BuiltInCatalogs;
import org.demarc.io.OutputRule;
import org.demarc.model.Assessment;
import org.demarc.model.Catalog;
import org.demarc.model.CatalogCombinationException;
import org.demarc.model.Engagement;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.demarc.model.Messages;
import org.demarc.model.Service;
import org.demarc.project.ProjectFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code demarc new -o FILE --title TITLE [--catalog aws|azure|gcp|FILE]... [--services ID,...|all]}:
 * a new assessment without the GUI, for scripted set-ups and tests. The catalog is embedded as
 * the GUI embeds it; several {@code --catalog} make one assessment over several providers, each
 * catalog embedded. The scope is checked against them before anything is written.
 */
@Command(name = "new", mixinStandardHelpOptions = true, resourceBundle = "org.demarc.i18n.cli")
final class NewCommand implements Callable<Integer> {
    /** The word of {@code --services} that puts every service of the catalog in scope. */
    static final String ALL = "all";

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.demarc", required = true, descriptionKey = "new.output")
    Path output;

    @Option(names = "--title", paramLabel = "TITLE", required = true, descriptionKey = "new.title")
    String title;

    @Option(names = "--catalog", paramLabel = "NAME|FILE", descriptionKey = "new.catalog",
            converter = CatalogRef.Converter.class)
    List<CatalogRef> catalogs = new ArrayList<>();

    @Option(names = "--services", paramLabel = "ID", split = ",", descriptionKey = "new.services")
    List<String> services = new ArrayList<>();

    @Option(names = "--force", descriptionKey = "new.force")
    boolean force;

    @Option(names = "--actor", paramLabel = "NAME", descriptionKey = "new.actor", defaultValue = "${sys:user.name}")
    String actor;

    @Override
    public Integer call() {
        if (title.isBlank()) {
            throw usage(Messages.get("cli.new.titleEmpty"));
        }
        List<CatalogRef> refs = catalogs.isEmpty() ? java.util.Collections.singletonList(null) : catalogs;
        Path[] catalogFiles = refs.stream().filter(r -> r != null && r.fileOrNull() != null)
                .map(CatalogRef::fileOrNull).toArray(Path[]::new);
        Outputs.check(spec, output, OutputRule.Kind.PROJECT, force, force, catalogFiles);
        Catalog catalog = combined(refs);
        SortedSet<String> scope = scope(catalog, catalogs.isEmpty() ? BuiltInCatalogs.DEFAULT
                : String.join(" --catalog ", catalogs.stream().map(CatalogRef::text).toList()));
        Assessment a = Assessment.create(Engagement.empty().withTitle(title.strip()), catalog,
                new HistoryEvent(Instant.now(), HistoryKind.CREATED, actor == null ? "" : actor, "")).withScope(scope);
        boolean replace = Files.exists(output, LinkOption.NOFOLLOW_LINKS);
        FileStep.run(output, () -> {
            if (replace) {
                new ProjectFiles().save(a, output);
            } else {
                new ProjectFiles().saveNew(a, output);
            }
        });
        spec.commandLine().getOut().println(FileLoading.shown(Messages.get("cli.new.written", output,
                a.engagement().title(), catalog.name(), catalog.version(), scope.size())));
        return ExitCodes.OK;
    }

    /** The catalog of each --catalog, combined into one when there are several (one per provider). */
    private Catalog combined(List<CatalogRef> refs) {
        List<Catalog> loaded = refs.stream().map(r -> CatalogSource.load(r, spec.commandLine().getErr())).toList();
        try {
            return Catalog.combine(loaded);
        } catch (CatalogCombinationException e) {
            throw usage(Messages.get("cli.new.cannotCombine", e.getMessage()));
        }
    }

    /** The ids typed, or every service for {@code all}; an id the catalog lacks is a usage error naming each one. */
    private SortedSet<String> scope(Catalog catalog, String catalogArgument) {
        List<String> typed = services.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (typed.size() == 1 && typed.get(0).equalsIgnoreCase(ALL)) {
            return new TreeSet<>(catalog.services().stream().map(Service::id).toList());
        }
        List<String> unknown = typed.stream().filter(id -> catalog.service(id).isEmpty()).distinct().toList();
        if (!unknown.isEmpty()) {
            throw usage(Messages.get("cli.new.unknownServices", unknown.size(),
                    String.join(", ", unknown.stream().map(u -> "'" + FileLoading.shown(u) + "'").toList()),
                    catalog.name(), FileLoading.shown(catalogArgument)));
        }
        return new TreeSet<>(typed);
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}

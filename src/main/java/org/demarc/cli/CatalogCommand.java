package org.demarc.cli;

import java.util.concurrent.Callable;

import org.demarc.model.Catalog;
import org.demarc.model.Control;
import org.demarc.model.Service;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code demarc catalog ...}: looking into, comparing and moving to catalogs. */
@Command(name = "catalog", mixinStandardHelpOptions = true, resourceBundle = "org.demarc.i18n.cli",
        subcommands = {CatalogCommand.ListCommand.class, CatalogDiffCommand.class,
                CatalogMigrateCommand.class})
final class CatalogCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                org.demarc.model.Messages.get("cli.catalog.missingSubcommand"));
    }

    /** {@code demarc catalog list --services | --controls | --sources [--catalog aws|azure|gcp|FILE]}. */
    @Command(name = "list", mixinStandardHelpOptions = true, resourceBundle = "org.demarc.i18n.cli")
    static final class ListCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ArgGroup(exclusive = true, multiplicity = "1")
        What what;

        static final class What {
            @Option(names = "--services", required = true, descriptionKey = "catalog.list.services")
            boolean services;
            @Option(names = "--controls", required = true, descriptionKey = "catalog.list.controls")
            boolean controls;
            @Option(names = "--sources", required = true, descriptionKey = "catalog.list.sources")
            boolean sources;
        }

        @Option(names = "--catalog", paramLabel = "NAME|FILE", descriptionKey = "catalog.list.catalog",
                converter = CatalogRef.Converter.class)
        CatalogRef catalog;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            Catalog catalog = CatalogSource.load(this.catalog, err);
            if (what.services) {
                for (Service s : catalog.services()) {
                    out.println(FileLoading.row(s.id(), s.name(), s.category().name()));
                }
            } else if (what.sources) {
                SourceRows.print(catalog, out);
            } else {
                for (Control c : catalog.controls()) {
                    out.println(FileLoading.row(c.id(), c.title(), c.domainId(), c.controlClass().name()));
                }
            }
            return ExitCodes.OK;
        }
    }
}

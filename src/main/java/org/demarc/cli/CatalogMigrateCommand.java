package org.demarc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.demarc.assessment.diff.DiffText;
import org.demarc.catalog.diff.ResponsibilityChange;
import org.demarc.io.OutputRule;
import org.demarc.model.Assessment;
import org.demarc.model.Catalog;
import org.demarc.model.Messages;
import org.demarc.assessment.CatalogMigration;
import org.demarc.project.ProjectFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code demarc catalog migrate PROJECT [--to CATALOG]... -o NEW.demarc}: writes a copy of the
 * project moved to another catalog (the built-in one by default) and lists what was dropped and
 * what needs review. A project combining several providers moves part by part (see
 * {@link MigrationTarget}). The project file itself is never written.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true, resourceBundle = "org.demarc.i18n.cli")
final class CatalogMigrateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", descriptionKey = "catalog.migrate.project")
    Path projectFile;

    @Option(names = "--to", paramLabel = "CATALOG", descriptionKey = "catalog.migrate.to",
            converter = CatalogRef.Converter.class)
    List<CatalogRef> catalogs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "NEW.demarc", required = true,
            descriptionKey = "catalog.migrate.output")
    Path output;

    @Option(names = "--actor", paramLabel = "NAME", descriptionKey = "catalog.migrate.actor",
            defaultValue = "${sys:user.name}")
    String actor;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> inputs = new ArrayList<>(List.of(projectFile));
        catalogs.stream().map(CatalogRef::fileOrNull).filter(f -> f != null).forEach(inputs::add);
        Outputs.requireNew(spec, output, OutputRule.Kind.PROJECT, inputs.toArray(Path[]::new));
        Assessment before = FileLoading.project(projectFile, err);
        Catalog target = MigrationTarget.of(before.catalog(), catalogs, projectFile, err);
        CatalogMigration.Result result = CatalogMigration.migrate(before, target, Instant.now(),
                actor == null ? "" : actor);
        FileStep.run(output, () -> new ProjectFiles().saveNew(result.assessment(), output));
        report(result, before, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    private void report(CatalogMigration.Result r, Assessment before, PrintWriter out) {
        Catalog from = before.catalog();
        Catalog to = r.assessment().catalog();
        if (from.isCombined()) {
            out.println(FileLoading.shown(Messages.get("cli.catalog.migrate.doneByPart", output,
                    before.engagement().title())));
            CombinedMigrationText.parts(from, to).forEach(out::println);
        } else {
            out.println(FileLoading.shown(Messages.get("cli.catalog.migrate.done", output,
                    before.engagement().title(), from.name(), from.version(), to.name(), to.version())));
        }
        out.println(Messages.get("cli.catalog.migrate.kept", r.assessment().answers().size(), before.answers().size(),
                r.assessment().scope().size(), before.scope().size()));
        if (r.signOffVoided()) {
            out.println(Messages.get("cli.catalog.migrate.signOffVoided"));
        }
        CatalogDiffCommand.section(out, "cli.catalog.migrate.droppedAnswers", r.droppedAnswers(),
                d -> Messages.get("cli.catalog.migrate.droppedAnswer", d.controlId(), d.status().name()));
        if (from.isCombined()) {
            CombinedMigrationText.droppedServices(from, r.droppedServices()).forEach(out::println);
        } else {
            CatalogDiffCommand.section(out, "cli.catalog.migrate.droppedServices", r.droppedServices(),
                    id -> Messages.get("cli.catalog.migrate.droppedService", id));
        }
        CatalogDiffCommand.section(out, "cli.catalog.migrate.droppedExceptions", r.droppedExceptions(),
                d -> Messages.get("cli.catalog.migrate.droppedException", d.controlId(), d.serviceId()));
        CatalogDiffCommand.section(out, "cli.catalog.migrate.variantFallbacks", r.variantFallbacks(),
                f -> Messages.get("cli.catalog.migrate.variantFallback", f.serviceId(), f.variantName(),
                        f.defaultName()));
        CatalogDiffCommand.section(out, "cli.catalog.migrate.review", r.reviews(), review -> review(review, r));
        CatalogDiffCommand.section(out, "cli.catalog.migrate.keptNotAsked", r.answersNoLongerAsked(),
                id -> Messages.get("cli.catalog.migrate.keptNotAskedEntry", id,
                        to.control(id).map(c -> c.title()).orElse("")));
        CatalogDiffCommand.section(out, "cli.catalog.migrate.newControls", r.newControls(),
                c -> Messages.get("cli.catalog.diff.entry", c.id(), c.title(), c.domainId()));
    }

    /** Why a control is to be reviewed: each changed cell with its reason and page, then the question. */
    private static String review(CatalogMigration.Review review, CatalogMigration.Result r) {
        List<String> lines = new ArrayList<>();
        if (review.questionChanged()) {
            lines.add(Messages.get("cli.catalog.migrate.reviewQuestion", review.controlId()));
        }
        if (review.answerNoLongerAsked()) {
            lines.add(Messages.get("cli.catalog.migrate.reviewNotAsked", review.controlId()));
        }
        for (ResponsibilityChange c : review.responsibilityChanges()) {
            lines.add(DiffText.responsibilityChange(c, r.diff().from(), r.diff().to()));
        }
        return String.join(System.lineSeparator(), lines);
    }
}

package org.demarc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

import org.demarc.assessment.carry.CarryForward;
import org.demarc.io.OutputRule;
import org.demarc.model.Assessment;
import org.demarc.model.Messages;
import org.demarc.project.ProjectFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code demarc carry-forward FILE -o NEW.demarc [--title T]}: next year's assessment from this one. */
@Command(name = "carry-forward", mixinStandardHelpOptions = true, resourceBundle = "org.demarc.i18n.cli")
final class CarryForwardCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "carryForward.file")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "NEW.demarc", required = true, descriptionKey = "carryForward.output")
    Path output;

    @Option(names = "--title", paramLabel = "TITLE", descriptionKey = "carryForward.title")
    String title;

    @Option(names = "--actor", paramLabel = "NAME", descriptionKey = "carryForward.actor",
            defaultValue = "${sys:user.name}")
    String actor;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Outputs.requireNew(spec, output, OutputRule.Kind.PROJECT, file);
        Assessment previous = FileLoading.project(file, err);
        Assessment next = CarryForward.from(previous, file, output, title, Instant.now(), actor == null ? "" : actor);
        FileStep.run(output, () -> new ProjectFiles().saveNew(next, output));
        spec.commandLine().getOut().println(FileLoading.shown(Messages.get("cli.carryForward.written", output,
                next.engagement().title(), next.answers().size(), next.scope().size())));
        return ExitCodes.OK;
    }
}

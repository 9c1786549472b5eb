package org.demarc.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.demarc.catalog.compare.EquivalentServices;
import org.demarc.catalog.compare.ProviderComparison;
import org.demarc.catalog.compare.ServiceLookup;
import org.demarc.interop.ComparisonExport;
import org.demarc.io.AtomicFileWriter;
import org.demarc.io.OutputRule;
import org.demarc.model.Messages;
import org.demarc.model.Service;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code demarc compare-providers SERVICE}: the service and its equivalents on the other providers'
 * built-in catalogs, control by control, with each cell's reason and page.
 */
@Command(name = "compare-providers", mixinStandardHelpOptions = true, resourceBundle = "org.demarc.i18n.cli")
final class CompareProvidersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SERVICE", descriptionKey = "compare-providers.service")
    String service;

    @Option(names = "--format", paramLabel = "text|csv|json", defaultValue = "text",
            converter = FormatConverter.class, descriptionKey = "compare-providers.format")
    ComparisonExport.Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "compare-providers.output")
    Path output;

    @Option(names = "--variants", descriptionKey = "compare-providers.variants")
    boolean variants;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (output != null) {
            Outputs.requireNew(spec, output, kind(format));
        }
        EquivalentServices equivalents = EquivalentServices.builtIn();
        ServiceLookup lookup = new ServiceLookup(equivalents.catalogs());
        Service found = lookup.find(service).orElse(null);
        if (found == null) {
            err.println(org.demarc.io.Problem.visible(unknown(lookup.closeMatches(service))));
            return ExitCodes.USAGE;
        }
        ProviderComparison comparison = ProviderComparison.of(equivalents, found.id(), variants).orElseThrow();
        if (comparison.alone()) {
            err.println(Messages.get("cli.compare.noEquivalents", found.name(), found.id()));
        }
        String text = ComparisonExport.export(comparison, format);
        if (output == null) {
            // JSON and CSV escape what they carry; the text table is for a terminal.
            spec.commandLine().getOut().print(format == ComparisonExport.Format.TEXT ? FileLoading.shownLines(text) : text);
            return ExitCodes.OK;
        }
        FileStep.run(output, () -> AtomicFileWriter.writeNew(output, text.getBytes(StandardCharsets.UTF_8)));
        spec.commandLine().getOut().println(Messages.get("cli.compare.written", output,
                comparison.columns().size(), comparison.controls().size()));
        return ExitCodes.OK;
    }

    private String unknown(List<Service> close) {
        if (close.isEmpty()) {
            return Messages.get("cli.compare.unknown", service);
        }
        String names = close.stream().map(s -> Messages.get("cli.compare.match", s.id(), s.name()))
                .collect(Collectors.joining(", "));
        return Messages.get("cli.compare.unknownClose", service, names);
    }

    private static OutputRule.Kind kind(ComparisonExport.Format format) {
        return switch (format) {
            case CSV -> OutputRule.Kind.CSV;
            case JSON -> OutputRule.Kind.JSON;
            case TEXT -> OutputRule.Kind.TEXT;
        };
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<ComparisonExport.Format> {
        @Override
        public ComparisonExport.Format convert(String value) {
            try {
                return ComparisonExport.Format.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(Messages.get("cli.compare.badFormat", value));
            }
        }
    }
}

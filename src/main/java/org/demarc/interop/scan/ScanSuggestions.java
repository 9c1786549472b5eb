package org.demarc.interop.scan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.demarc.io.InvalidFileException;
import org.demarc.io.Problem;
import org.demarc.model.Assessment;

/**
 * The suggestions one scan makes for an assessment: per control, and the checks that reached no
 * control. Reading the scan changes nothing; {@link ScanImport} records what the auditor accepts.
 */
public record ScanSuggestions(ScanRead read, List<ControlSuggestion> suggestions, List<UnmappedCheck> unmapped,
                              long mappedFindings, long unmappedFindings, String mappingVersion) {
    public ScanSuggestions {
        suggestions = List.copyOf(suggestions);
        unmapped = List.copyOf(unmapped);
    }

    /** Reads the scan and maps it; refused for a signed-off assessment or a scan of another cloud. */
    public static ScanSuggestions of(Assessment a, Path scan) throws IOException, InvalidFileException {
        if (a.isSignedOff()) {
            throw new InvalidFileException(Problem.error("", "scan.signedOff", a.engagement().title()));
        }
        CheckMappings mappings = CheckMappings.builtIn();
        SuggestionBuilder builder = new SuggestionBuilder(a, new ControlRouter(a.catalog(), mappings));
        ScanRead read = ScanReader.read(scan, builder);
        Set<String> clouds = clouds(a);
        if (!read.provider().isEmpty() && !clouds.isEmpty() && !clouds.contains(read.provider())) {
            throw new InvalidFileException(Problem.error("", "scan.otherCloud", read.provider(),
                    String.join(", ", clouds)));
        }
        return builder.build(read, mappings.version());
    }

    /**
     * The project's clouds: those of the services in scope ("aws.s3"), or the catalog's providers
     * before a scope is chosen; empty (no check) when any is not a cloud Demarc knows by name.
     */
    private static Set<String> clouds(Assessment a) {
        Set<String> known = Set.of("aws", "azure", "gcp");
        java.util.TreeSet<String> clouds = new java.util.TreeSet<>();
        for (String id : a.scope()) {
            int dot = id.indexOf('.');
            clouds.add(dot > 0 ? id.substring(0, dot) : id);
        }
        if (clouds.isEmpty()) {
            a.catalog().providers().forEach(p -> clouds.add(p.id()));
        }
        return known.containsAll(clouds) ? clouds : Set.of();
    }

    public long count(boolean answered) {
        return suggestions.stream().filter(s -> s.answered() == answered).count();
    }
}

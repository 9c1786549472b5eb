package org.demarc.interop.oscal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.demarc.io.AtomicFileWriter;
import org.demarc.io.JsonOut;
import org.demarc.model.Assessment;

/**
 * The assessment as a self-consistent set of OSCAL 1.1.3 JSON documents: system security plan,
 * assessment plan, assessment results and plan of action and milestones, with the baseline profile
 * and NIST's resolved baseline catalog beside them, so every href in the set resolves offline.
 * Deterministic: the same project content gives the same bytes.
 */
public final class OscalExport {
    /** What an export wrote, for the user: the file names and the figures of the plan. */
    public record Summary(Map<String, byte[]> files, int implementedRequirements, int inheritedStatements,
                          int satisfiedStatements) {
    }

    private OscalExport() {
    }

    /** The documents by file name, in the order they are written. */
    public static Summary documents(Assessment assessment, Baseline baseline) {
        ExportContext ctx = new ExportContext(assessment, baseline);
        SspDocument ssp = new SspDocument(ctx);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(SspDocument.FILE, bytes(JsonOut.write(ssp.write())));
        files.put(PlanDocument.FILE, bytes(JsonOut.write(PlanDocument.write(ctx))));
        files.put(ResultsDocument.FILE, bytes(JsonOut.write(ResultsDocument.write(ctx))));
        files.put(PoamDocument.FILE, bytes(JsonOut.write(PoamDocument.write(ctx))));
        files.put(baseline.profileFileName(), bytes(JsonOut.write(ProfileDocument.write(baseline))));
        files.put(baseline.catalogFileName(), baseline.catalogBytes());
        return new Summary(files, ctx.requirements.size(), ssp.inheritedStatements(), ssp.satisfiedStatements());
    }

    /** The names of the files {@link #write} puts into its folder for this baseline. */
    public static List<String> fileNames(Baseline baseline) {
        return List.of(SspDocument.FILE, PlanDocument.FILE, ResultsDocument.FILE, PoamDocument.FILE,
                baseline.profileFileName(), baseline.catalogFileName());
    }

    /** Writes the set into {@code dir} (created when missing), each file atomically, replacing an earlier export. */
    public static Summary write(Assessment assessment, Baseline baseline, Path dir) throws IOException {
        Summary summary = documents(assessment, baseline);
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> e : summary.files().entrySet()) {
            AtomicFileWriter.write(dir.resolve(e.getKey()), e.getValue(), null);
        }
        return summary;
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}

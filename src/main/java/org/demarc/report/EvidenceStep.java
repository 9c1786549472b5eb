package org.demarc.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.demarc.assessment.EvidenceCheck;
import org.demarc.assessment.EvidenceReferences;
import org.demarc.model.Answer;
import org.demarc.model.EvidenceReference;
import org.demarc.model.Messages;
import org.demarc.report.sections.ReportContext;

/**
 * Checks every evidence reference once, before any section is drawn, with progress (file n of m)
 * and the export's cancel reaching into the hashing of a large file.
 */
final class EvidenceStep {
    private EvidenceStep() {
    }

    static void run(ReportContext ctx, ReportOptions options, ProgressListener progress, double from, double width) {
        List<EvidenceReference> refs = ctx.assessment().answers().values().stream()
                .map(Answer::evidence).flatMap(List::stream).distinct().toList();
        EvidenceCheck check = new EvidenceCheck(options.projectFile(), options.evidenceRoots());
        Map<EvidenceReference, EvidenceReferences.State> states = new LinkedHashMap<>();
        int i = 0;
        for (EvidenceReference ref : refs) {
            ctx.checkpoint();
            progress.progress(from + width * i++ / Math.max(1, refs.size()),
                    Messages.get("report.progress.evidence", i, refs.size()));
            states.put(ref, check.check(ref, ctx::checkpoint));
        }
        ctx.withEvidence(check, states);
    }
}

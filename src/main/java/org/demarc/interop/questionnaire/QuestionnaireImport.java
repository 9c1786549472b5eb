package org.demarc.interop.questionnaire;

import java.time.Instant;
import java.util.Set;

import org.demarc.model.Assessment;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.demarc.model.Messages;

/** Takes the accepted changes of an {@link ImportPreview} into the assessment, all or nothing. */
public final class QuestionnaireImport {
    private QuestionnaireImport() {
    }

    /** What was taken and what was left. */
    public record Outcome(Assessment assessment, int taken, int rejected, int invalid) {
    }

    /**
     * The assessment with the accepted changes (control ids) applied and an IMPORTED event in its
     * history. Invalid rows are never applied. With nothing accepted the assessment is returned as is.
     */
    public static Outcome apply(Assessment a, ImportPreview preview, Set<String> accepted, String source,
                                Instant at, String actor) {
        Assessment result = a;
        int taken = 0;
        int rejected = 0;
        int invalid = 0;
        for (ImportPreview.Change c : preview.changes()) {
            if (!c.acceptable()) {
                invalid++;
            } else if (accepted.contains(c.controlId())) {
                result = result.withAnswer(c.controlId(), c.proposed());
                taken++;
            } else {
                rejected++;
            }
        }
        if (taken > 0) {
            result = result.withEvent(new HistoryEvent(at, HistoryKind.IMPORTED, actor,
                    Messages.get("questionnaire.history", source, taken, rejected, invalid)));
        }
        return new Outcome(result, taken, rejected, invalid);
    }
}

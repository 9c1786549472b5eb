package org.demarc.model;

import java.util.List;
import java.util.Objects;

/**
 * What a questionnaire export recorded in the project: the workbook's id, the secret its row hashes
 * are keyed with (so a respondent cannot compute a valid one) and the controls that went out (so a
 * row for any other control is refused on import).
 */
public record QuestionnaireSent(String id, String secret, List<String> controls) {
    public QuestionnaireSent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(secret, "secret");
        controls = List.copyOf(controls);
    }
}

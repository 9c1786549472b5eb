package org.demarc.assessment;

import java.util.Map;
import java.util.TreeMap;

import org.demarc.model.Answer;
import org.demarc.model.Assessment;
import org.demarc.model.Remediation;

/**
 * The assessment as it may leave the firm: every answer without its internal comment, its owner
 * and the remediation's owner; findings, remediation actions and due dates stay.
 */
public final class ClientCopy {
    private ClientCopy() {
    }

    public static Assessment of(Assessment a) {
        TreeMap<String, Answer> answers = new TreeMap<>();
        for (Map.Entry<String, Answer> e : a.answers().entrySet()) {
            Answer ans = e.getValue();
            Remediation r = ans.remediation();
            answers.put(e.getKey(), ans.withComment("").withOwner("")
                    .withRemediation(new Remediation(r.action(), "", r.dueDate())));
        }
        return new Assessment(a.engagement(), a.catalog(), a.scope(), answers, a.signOff(), a.history(),
                a.draftSignatories(), a.variants());
    }
}

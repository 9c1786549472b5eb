package org.demarc.interop.oscal;

import java.util.List;
import java.util.Objects;

import org.demarc.model.AnswerStatus;

/** An answer's status as an OSCAL implementation state, and the rule for several answers on one SP 800-53 control. */
final class ImplementationState {
    /** Weakest first: the combined state is the first of these that any answer has. */
    private static final List<String> ORDER = List.of("planned", "partial", "alternative", "implemented");

    private ImplementationState() {
    }

    /** Not implemented, inherited on a customer control, or unanswered (null): still planned. */
    static String of(AnswerStatus s) {
        if (s == null) {
            return "planned";
        }
        return switch (s) {
            case IMPLEMENTED -> "implemented";
            case PARTIAL -> "partial";
            case ALTERNATIVE -> "alternative";
            case NOT_APPLICABLE -> "not-applicable";
            case NOT_IMPLEMENTED, INHERITED -> "planned";
        };
    }

    /** The weakest state of the answers; not-applicable only when every answer is. */
    static String combined(List<AnswerStatus> statuses) {
        List<String> states = statuses.stream().map(ImplementationState::of).toList();
        if (!states.isEmpty() && states.stream().allMatch("not-applicable"::equals)) {
            return "not-applicable";
        }
        for (String state : ORDER) {
            if (states.stream().anyMatch(x -> Objects.equals(x, state))) {
                return state;
            }
        }
        return "planned";
    }
}

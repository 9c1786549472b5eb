package org.demarc.assessment.merge;

import java.util.Collection;
import java.util.stream.Collectors;

import org.demarc.model.Answer;
import org.demarc.model.Attendee;
import org.demarc.model.EvidenceReference;
import org.demarc.model.Messages;
import org.demarc.model.ProviderEvidence;
import org.demarc.model.ReportProfile;
import org.demarc.model.ServiceException;
import org.demarc.model.Signatory;

/** A merged value as a conflict listing shows it: short, one line, "(none)" for a missing value. */
final class MergeText {
    /** Enough of a long finding to recognise it; the file holds the rest. */
    private static final int MAX = 120;

    private MergeText() {
    }

    static String value(Object v) {
        String text;
        if (v == null) {
            text = Messages.get("merge.none");
        } else if (v instanceof String s) {
            text = s.isEmpty() ? Messages.get("merge.empty") : "'" + s + "'";
        } else if (v instanceof Collection<?> c) {
            text = c.isEmpty() ? Messages.get("merge.empty")
                    : c.stream().map(MergeText::item).collect(Collectors.joining(", ", "[", "]"));
        } else {
            text = item(v);
        }
        String line = text.replaceAll("\\R", " ");
        return line.length() <= MAX ? line : line.substring(0, MAX) + "…";
    }

    /** A whole answer where one side has none: its status stands for it. */
    static String answer(Answer a) {
        return a == null ? Messages.get("merge.noAnswer") : a.status().name();
    }

    /** A scope entry: in scope or not. */
    static String variant(String variantId) {
        return variantId == null ? Messages.get("merge.defaultVariant") : "'" + variantId + "'";
    }

    /** A report profile by what a reader sees first: the organisation and the marking. */
    static String profile(ReportProfile p) {
        return p == null || p.equals(ReportProfile.NONE) ? Messages.get("merge.none")
                : Messages.get("merge.profile", value(p.organisation()), value(p.classification()));
    }

    static String inScope(Boolean in) {
        return Messages.get(Boolean.TRUE.equals(in) ? "merge.inScope" : "merge.notInScope");
    }

    private static String item(Object o) {
        if (o instanceof EvidenceReference e) {
            return e.path();
        }
        if (o instanceof ProviderEvidence p) {
            return p.name();
        }
        if (o instanceof ServiceException e) {
            return e.serviceId() + " " + e.status().name();
        }
        if (o instanceof Attendee a) {
            return a.name();
        }
        if (o instanceof Signatory s) {
            return s.name() + " (" + s.role() + ", " + s.date() + ")";
        }
        return String.valueOf(o);
    }
}

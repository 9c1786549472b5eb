package org.demarc.interop.questionnaire;

import java.util.ArrayList;
import java.util.List;

import org.demarc.model.Messages;
import org.demarc.io.Problem;

/** The import preview as lines of text, for the command line and for anyone who reads a log. */
public final class PreviewText {
    /** Values longer than this are cut in a one-line view. */
    static final int MAX_VALUE_CHARS = 80;

    private PreviewText() {
    }

    public static List<String> lines(ImportPreview p, String source) {
        List<String> out = new ArrayList<>();
        out.add(Messages.get("questionnaire.preview.heading", source, p.questionnaireTitle(),
                p.exported() == null ? "?" : p.exported().toString()));
        out.add(Messages.get("questionnaire.preview.summary", p.changes().size(), p.count(ImportPreview.Kind.NEW),
                p.count(ImportPreview.Kind.CHANGED), p.count(ImportPreview.Kind.CONFLICT),
                p.count(ImportPreview.Kind.INVALID), p.unchanged()));
        if (p.assessmentChangedSinceExport()) {
            out.add(Messages.get("questionnaire.preview.changedSince"));
        }
        p.warnings().forEach(w -> out.add(w.describe()));
        for (ImportPreview.Change c : p.changes()) {
            out.add(Messages.get("questionnaire.preview.control", String.format("%-8s", kind(c.kind())), c.controlId(), oneLine(c.title())));
            for (ImportPreview.FieldChange f : c.fields()) {
                out.add(Messages.get(f.conflict() ? "questionnaire.preview.conflictField" : "questionnaire.preview.field",
                        f.field().label(), oneLine(f.current()), oneLine(f.proposed()), f.cell()));
            }
            c.problems().forEach(pr -> out.add(Messages.get("questionnaire.preview.problem", pr.describe())));
        }
        return out;
    }

    /** The kind of a change in the user's words. */
    public static String kind(ImportPreview.Kind k) {
        return switch (k) {
            case NEW -> Messages.get("questionnaire.kind.new");
            case CHANGED -> Messages.get("questionnaire.kind.changed");
            case CONFLICT -> Messages.get("questionnaire.kind.conflict");
            case INVALID -> Messages.get("questionnaire.kind.invalid");
        };
    }

    /** One line, control and bidi characters shown as escapes, long text cut. */
    public static String oneLine(String s) {
        String flat = s.replace("\r\n", "\n").replace('\n', '⏎');
        if (flat.length() > MAX_VALUE_CHARS) {
            flat = flat.substring(0, MAX_VALUE_CHARS - 1) + "…";
        }
        return Problem.visible(flat);
    }
}

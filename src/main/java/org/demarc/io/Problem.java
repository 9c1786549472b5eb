package org.demarc.io;

import java.util.List;
import java.util.Objects;
import org.demarc.model.Messages;

/**
 * One thing wrong (or worth a warning) in a file: where it is (a JSON pointer such as
 * {@code /answers/PAT-01/status}, or "line 3, column 7"), and a message key with its arguments.
 */
public record Problem(Severity severity, String location, String key, List<Object> args) {

    public enum Severity { ERROR, WARNING }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Problem error(String location, String key, Object... args) {
        return new Problem(Severity.ERROR, location, key, List.of(args));
    }

    public static Problem warning(String location, String key, Object... args) {
        return new Problem(Severity.WARNING, location, key, List.of(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** What is wrong, in the user's language, without the location. */
    public String text() {
        return Messages.get(key, args.toArray());
    }

    /**
     * One line: severity, location and what is wrong. Control characters and bidirectional
     * overrides from the file are shown as escapes, so a hostile file cannot garble or disguise the
     * message in a terminal or a dialog.
     */
    public String describe() {
        String where = location.isEmpty() ? "/" : location;
        return visible(Messages.get(isError() ? "problem.error" : "problem.warning", where, text()));
    }

    public static String visible(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bidi = (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u200e' || c == '\u200f';
            if (Character.isISOControl(c) || bidi) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}

package org.demarc.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the members of one JSON object with type checks, recording every problem with its JSON
 * pointer instead of throwing, and warning about members nobody asked for. Each accessor returns a
 * harmless fallback after reporting, so one pass finds all problems of a file.
 */
public final class FieldReader {
    /**
     * Dates and times are read within these years only: a valid but extreme one (year 1,000,000,000)
     * would load and then fail whatever formats or computes with it (a report, a due-date sum).
     */
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 9999;
    private static final Instant FIRST_INSTANT = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant AFTER_LAST_INSTANT = Instant.parse("+10000-01-01T00:00:00Z");
    private final JsonNode node;
    private final String pointer;
    private final ProblemList problems;
    private final Set<String> consumed = new HashSet<>();

    private FieldReader(JsonNode node, String pointer, ProblemList problems) {
        this.node = node;
        this.pointer = pointer;
        this.problems = problems;
    }

    /** The reader of a document's root; null (with an error) when the root is not an object. */
    public static FieldReader root(JsonNode node, ProblemList problems) {
        if (!node.isObject()) {
            problems.error("", "json.rootNotObject");
            return null;
        }
        return new FieldReader(node, "", problems);
    }

    /** The reader of an object found at {@code pointer} inside a larger document. */
    public static FieldReader nested(JsonNode node, String pointer, ProblemList problems) {
        return new FieldReader(node, pointer, problems);
    }

    public String pointer() {
        return pointer;
    }

    public ProblemList problems() {
        return problems;
    }

    public String at(String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    public boolean has(String name) {
        JsonNode v = node.get(name);
        return v != null && !v.isNull();
    }

    private JsonNode member(String name) {
        consumed.add(name);
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v;
    }

    /** A required, non-blank text. */
    public String requiredText(String name) {
        JsonNode v = member(name);
        if (v == null) {
            problems.error(at(name), "json.missing", name);
            return "";
        }
        String s = textOf(v, at(name));
        if (s.isBlank() && v.isTextual()) {
            problems.error(at(name), "json.blank", name);
        }
        return s;
    }

    /** An optional text; absent or null reads as empty. */
    public String text(String name) {
        JsonNode v = member(name);
        return v == null ? "" : textOf(v, at(name));
    }

    private String textOf(JsonNode v, String where) {
        if (!v.isTextual()) {
            problems.error(where, "json.expectedText", kind(v));
            return "";
        }
        String s = v.textValue();
        if (s.length() > JsonLimits.MAX_TEXT_CHARS) {
            problems.error(where, "json.textTooLongAt", s.length(), JsonLimits.MAX_TEXT_CHARS);
            return "";
        }
        return s;
    }

    /** An optional ISO date (2026-03-31) in the years {@link #MIN_YEAR} to {@link #MAX_YEAR}; absent or null reads as null. */
    public LocalDate date(String name) {
        JsonNode v = member(name);
        if (v == null) {
            return null;
        }
        String s = textOf(v, at(name));
        if (s.isEmpty()) {
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problems.error(at(name), "json.badDate", abbreviate(s));
            return null;
        }
        if (d.getYear() < MIN_YEAR || d.getYear() > MAX_YEAR) {
            problems.error(at(name), "json.yearOutOfRange", abbreviate(s), MIN_YEAR, MAX_YEAR);
            return null;
        }
        return d;
    }

    /** A required date. */
    public LocalDate requiredDate(String name) {
        if (!has(name)) {
            member(name);
            problems.error(at(name), "json.missing", name);
            return null;
        }
        return date(name);
    }

    /** An instant in UTC (2026-03-31T10:15:30Z) in the years {@link #MIN_YEAR} to {@link #MAX_YEAR}; required. */
    public Instant instant(String name) {
        JsonNode v = member(name);
        if (v == null) {
            problems.error(at(name), "json.missing", name);
            return null;
        }
        String s = textOf(v, at(name));
        Instant t;
        try {
            t = Instant.parse(s);
        } catch (DateTimeParseException e) {
            problems.error(at(name), "json.badInstant", abbreviate(s));
            return null;
        }
        if (t.isBefore(FIRST_INSTANT) || !t.isBefore(AFTER_LAST_INSTANT)) {
            problems.error(at(name), "json.yearOutOfRange", abbreviate(s), MIN_YEAR, MAX_YEAR);
            return null;
        }
        return t;
    }

    /** A required whole number within [min, max]; the fallback after a reported problem. */
    public long integer(String name, long min, long max, long fallback) {
        JsonNode v = member(name);
        if (v == null) {
            problems.error(at(name), "json.missing", name);
            return fallback;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            problems.error(at(name), "json.expectedInteger", kind(v));
            return fallback;
        }
        long n = v.longValue();
        if (n < min || n > max) {
            problems.error(at(name), "json.outOfRange", n, min, max);
            return fallback;
        }
        return n;
    }

    /** An optional boolean; absent reads as false. */
    public boolean bool(String name) {
        JsonNode v = member(name);
        if (v == null) {
            return false;
        }
        if (!v.isBoolean()) {
            problems.error(at(name), "json.expectedBoolean", kind(v));
            return false;
        }
        return v.booleanValue();
    }

    /** A required enum constant, written by its name; null after a reported problem. */
    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        JsonNode v = member(name);
        if (v == null) {
            problems.error(at(name), "json.missing", name);
            return null;
        }
        return enumOf(v, at(name), type);
    }

    public <E extends Enum<E>> E enumOf(JsonNode v, String where, Class<E> type) {
        String s = textOf(v, where);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        if (!s.isEmpty() || v.isTextual()) {
            problems.error(where, "json.badEnum", abbreviate(s), allowed(type));
        }
        return null;
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** An optional array of texts. */
    public List<String> texts(String name, int max) {
        JsonNode v = member(name);
        if (v == null) {
            return List.of();
        }
        if (!arrayWithin(v, at(name), max)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            out.add(textOf(v.get(i), at(name) + "/" + i));
        }
        return out;
    }

    /**
     * An optional array whose items are each a text or an object (a scope entry naming only a
     * service, or the service and its variant): texts as {@code String}, objects as readers.
     */
    public List<Object> textsOrObjects(String name, int max) {
        JsonNode v = member(name);
        if (v == null || !arrayWithin(v, at(name), max)) {
            return List.of();
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            String where = at(name) + "/" + i;
            out.add(item.isObject() ? new FieldReader(item, where, problems) : textOf(item, where));
        }
        return out;
    }

    /** An optional array of objects. */
    public List<FieldReader> objects(String name, int max) {
        JsonNode v = member(name);
        if (v == null) {
            return List.of();
        }
        if (!arrayWithin(v, at(name), max)) {
            return List.of();
        }
        List<FieldReader> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            String where = at(name) + "/" + i;
            if (!item.isObject()) {
                problems.error(where, "json.expectedObject", kind(item));
            } else {
                out.add(new FieldReader(item, where, problems));
            }
        }
        return out;
    }

    /** An optional object whose members are objects keyed by id, in file order. */
    public Map<String, FieldReader> keyedObjects(String name, int max) {
        JsonNode v = member(name);
        if (v == null) {
            return Map.of();
        }
        if (!v.isObject()) {
            problems.error(at(name), "json.expectedObject", kind(v));
            return Map.of();
        }
        if (v.size() > max) {
            problems.error(at(name), "json.tooMany", v.size(), max);
            return Map.of();
        }
        Map<String, FieldReader> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = v.fields();
        String base = at(name);
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String where = base + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
            if (!e.getValue().isObject()) {
                problems.error(where, "json.expectedObject", kind(e.getValue()));
            } else {
                out.put(e.getKey(), new FieldReader(e.getValue(), where, problems));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** An optional nested object; null when absent or null. */
    public FieldReader object(String name) {
        JsonNode v = member(name);
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            problems.error(at(name), "json.expectedObject", kind(v));
            return null;
        }
        return new FieldReader(v, at(name), problems);
    }

    /** Marks members as read without interpreting them (e.g. format headers checked elsewhere). */
    public void skip(String... names) {
        consumed.addAll(Arrays.asList(names));
    }

    /** Warns about members this reader never asked for: tolerated, but the user should know. */
    public void finish() {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!consumed.contains(n)) {
                problems.warning(at(n), "json.unknownMember", abbreviate(n));
            }
        }
    }

    private boolean arrayWithin(JsonNode v, String where, int max) {
        if (!v.isArray()) {
            problems.error(where, "json.expectedArray", kind(v));
            return false;
        }
        if (v.size() > max) {
            problems.error(where, "json.tooMany", v.size(), max);
            return false;
        }
        return true;
    }

    static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case ARRAY -> "array";
            case OBJECT, POJO -> "object";
            case STRING -> "text";
            case NUMBER -> "number";
            case BOOLEAN -> "true/false";
            default -> "null";
        };
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}

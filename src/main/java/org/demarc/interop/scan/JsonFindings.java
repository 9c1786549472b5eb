package org.demarc.interop.scan;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.demarc.io.InvalidFileException;
import org.demarc.io.Problem;
import org.demarc.model.Messages;

/**
 * Streaming over a JSON scan: the parser walks the file and only the one finding it is on becomes a
 * small tree, built token by token within {@link ScanLimits#MAX_FINDING_TOKENS}, so neither a large
 * scan nor a hostile finding can fill the memory. Parse errors name the line and column.
 */
final class JsonFindings {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(ScanLimits.MAX_DEPTH)
                    .maxStringLength(ScanLimits.MAX_TEXT_CHARS)
                    .maxNameLength(1_000)
                    .maxNumberLength(50)
                    .maxDocumentLength(ScanLimits.MAX_FILE_BYTES)
                    .build())
            // The scan stream is closed by its owner, after it has been read to the end for its hash.
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    /** Reads one finding's tree; {@code index} counts from 1 for messages. */
    interface FindingHandler {
        void handle(JsonNode finding, int index, String where) throws InvalidFileException;
    }

    private JsonFindings() {
    }

    static JsonParser parser(InputStream in) throws IOException {
        return FACTORY.createParser(in);
    }

    /** Each element of the array the parser stands at (its START_ARRAY already read). */
    static void eachInArray(JsonParser p, FindingHandler handler) throws IOException, InvalidFileException {
        int index = 0;
        JsonToken t;
        while ((t = next(p)) != JsonToken.END_ARRAY) {
            index++;
            String where = Messages.get("scan.atFinding", index);
            if (t != JsonToken.START_OBJECT) {
                throw new InvalidFileException(Problem.error(where(p), "scan.findingNotObject", index));
            }
            int[] budget = {ScanLimits.MAX_FINDING_TOKENS};
            JsonNode finding = readObject(p, budget, index);
            handler.handle(finding, index, where);
        }
    }

    static JsonToken next(JsonParser p) throws IOException, InvalidFileException {
        try {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new InvalidFileException(Problem.error(where(p), "json.truncated"));
            }
            return t;
        } catch (StreamConstraintsException e) {
            throw new InvalidFileException(Problem.error(where(p), "scan.jsonLimit", ScanLimits.MAX_DEPTH,
                    ScanLimits.MAX_TEXT_CHARS));
        } catch (JsonProcessingException e) {
            boolean truncated = String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input");
            throw new InvalidFileException(truncated ? Problem.error(where(p), "json.truncated")
                    : Problem.error(where(p), "json.syntax", firstLine(e.getOriginalMessage())));
        }
    }

    private static ObjectNode readObject(JsonParser p, int[] budget, int index) throws IOException,
            InvalidFileException {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        JsonToken t;
        while ((t = next(p)) != JsonToken.END_OBJECT) {
            String name = p.currentName();
            node.set(name, readValue(p, next(p), budget, index));
            spend(p, budget, index);
        }
        return node;
    }

    private static JsonNode readValue(JsonParser p, JsonToken t, int[] budget, int index) throws IOException,
            InvalidFileException {
        spend(p, budget, index);
        return switch (t) {
            case START_OBJECT -> readObject(p, budget, index);
            case START_ARRAY -> {
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                JsonToken e;
                while ((e = next(p)) != JsonToken.END_ARRAY) {
                    array.add(readValue(p, e, budget, index));
                }
                yield array;
            }
            case VALUE_STRING -> JsonNodeFactory.instance.textNode(p.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> JsonNodeFactory.instance.textNode(p.getText());
            case VALUE_TRUE -> JsonNodeFactory.instance.booleanNode(true);
            case VALUE_FALSE -> JsonNodeFactory.instance.booleanNode(false);
            default -> JsonNodeFactory.instance.nullNode();
        };
    }

    private static void spend(JsonParser p, int[] budget, int index) throws InvalidFileException {
        if (--budget[0] < 0) {
            throw new InvalidFileException(Problem.error(where(p), "scan.findingTooLarge", index,
                    ScanLimits.MAX_FINDING_TOKENS));
        }
    }

    /** A text member along a path of names; empty when any step is missing or not a text. */
    static String text(JsonNode node, String... path) {
        JsonNode n = node;
        for (String name : path) {
            n = n == null ? null : n.isArray() ? n.path(0).get(name) : n.get(name);
        }
        return n == null || !n.isValueNode() || n.isNull() ? "" : n.asText();
    }

    /** The date of an ISO time ("2025-02-14T14:27:03.913874", with or without offset) or epoch seconds. */
    static LocalDate date(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            if (v.chars().allMatch(Character::isDigit) && v.length() <= 12) {
                return Instant.ofEpochSecond(Long.parseLong(v)).atZone(ZoneOffset.UTC).toLocalDate();
            }
            if (v.length() >= 10) {
                try {
                    return OffsetDateTime.parse(v).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
                } catch (DateTimeParseException e) {
                    return LocalDate.parse(v.substring(0, 10));
                }
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    static String where(JsonParser p) {
        JsonLocation loc = p.currentLocation();
        return loc == null || loc.getLineNr() < 0 ? ""
                : Messages.get("location.lineColumn", loc.getLineNr(), loc.getColumnNr());
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message;
        int nl = m.indexOf('\n');
        String line = nl < 0 ? m : m.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}

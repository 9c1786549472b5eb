package org.demarc.io;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Parses untrusted bytes into a JSON tree under {@link JsonLimits}. Only the tree model is used:
 * no data binding to classes, so no polymorphic typing can be triggered by a file.
 */
public final class SafeJson {
    private static final ObjectMapper MAPPER = createMapper();

    private SafeJson() {
    }

    private static ObjectMapper createMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(JsonLimits.MAX_DEPTH)
                        .maxStringLength(JsonLimits.MAX_TEXT_CHARS)
                        .maxNameLength(1_000)
                        .maxNumberLength(50)
                        .maxDocumentLength(JsonLimits.MAX_FILE_BYTES)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        return new ObjectMapper(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /** The tree of a JSON document, or the reason it is not one, with line and column. */
    public static JsonNode parse(byte[] bytes) throws InvalidFileException {
        if (bytes.length > JsonLimits.MAX_FILE_BYTES) {
            throw new InvalidFileException(org.demarc.io.Problem.error("", "json.tooLarge",
                    bytes.length, JsonLimits.MAX_FILE_BYTES));
        }
        if (bytes.length == 0) {
            throw new InvalidFileException(org.demarc.io.Problem.error("", "json.empty"));
        }
        JsonParser parser = null;
        try {
            parser = MAPPER.createParser(bytes);
            JsonNode node = MAPPER.readTree(parser);
            if (node == null || node.isMissingNode()) {
                throw new InvalidFileException(org.demarc.io.Problem.error("", "json.empty"));
            }
            return node;
        } catch (StreamConstraintsException e) {
            String where = where(e.getLocation(), bytes);
            if (where.isEmpty() && parser != null) {
                where = where(parser.currentLocation(), bytes);
            }
            throw new InvalidFileException(org.demarc.io.Problem.error(where, constraintKey(e),
                    JsonLimits.MAX_DEPTH, JsonLimits.MAX_TEXT_CHARS));
        } catch (JsonProcessingException e) {
            // A cut-off file is the common case (a copy or a crash): say so, not the parser's words.
            boolean truncated = String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input");
            String where = where(e.getLocation(), bytes);
            throw new InvalidFileException(truncated ? org.demarc.io.Problem.error(where, "json.truncated")
                    : org.demarc.io.Problem.error(where, "json.syntax", firstLine(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new InvalidFileException(org.demarc.io.Problem.error("", "json.syntax",
                    firstLine(e.getMessage())));
        } finally {
            closeQuietly(parser);
        }
    }

    private static String constraintKey(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
        if (m.contains("nesting depth")) {
            return "json.tooDeep";
        }
        if (m.contains("string value length") || m.contains("name length")) {
            return "json.textTooLong";
        }
        if (m.contains("document length")) {
            return "json.tooLargeStream";
        }
        return "json.limit";
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // Reading from a byte array: nothing to release.
            }
        }
    }

    static String where(JsonProcessingException e) {
        return where(e.getLocation(), null);
    }

    /**
     * Line and column as an editor shows them. Jackson counts the column of a byte source in
     * bytes; the user counts characters, so the bytes of the line before the place are counted
     * again as characters (an emoji is one, as is an accented letter).
     */
    static String where(JsonLocation loc, byte[] bytes) {
        if (loc == null || loc.getLineNr() < 0) {
            return "";
        }
        int column = loc.getColumnNr();
        long offset = loc.getByteOffset();
        if (bytes != null && offset >= 0 && column >= 1 && offset <= bytes.length && offset - (column - 1) >= 0) {
            int chars = 0;
            for (long i = offset - (column - 1); i < offset; i++) {
                if ((bytes[(int) i] & 0xC0) != 0x80) {
                    chars++;
                }
            }
            column = chars + 1;
        }
        return org.demarc.model.Messages.get("location.lineColumn", loc.getLineNr(), column);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        // The parser's own source and marker positions repeat the location in its jargon.
        for (String noise : new String[] {" (start marker at", " at [Source:", "\n at [Source:"}) {
            int i = line.indexOf(noise);
            line = i < 0 ? line : line.substring(0, i);
        }
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}

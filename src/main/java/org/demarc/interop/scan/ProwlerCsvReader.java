package org.demarc.interop.scan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.demarc.io.InvalidFileException;
import org.demarc.io.Problem;
import org.demarc.model.Messages;

/**
 * Prowler's CSV (';'-separated, a header row, quoted cells may hold ';' or line breaks), read one
 * record at a time with every cell and record bounded; a row that cannot be used is skipped with its
 * line and column named.
 */
final class ProwlerCsvReader {
    private final BufferedReader in;
    private final ReadTally tally;
    private int line = 1;

    private ProwlerCsvReader(InputStream input, ReadTally tally) {
        this.in = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8), 1 << 16);
        this.tally = tally;
    }

    static void read(InputStream input, ReadTally tally) throws IOException, InvalidFileException {
        new ProwlerCsvReader(input, tally).readAll();
    }

    private void readAll() throws IOException, InvalidFileException {
        List<String> header = record();
        if (header == null) {
            throw new InvalidFileException(Problem.error("", "json.empty"));
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            columns.putIfAbsent(i == 0 && name.startsWith("\uFEFF") ? name.substring(1) : name, i);
        }
        for (String required : new String[] {"CHECK_ID", "STATUS"}) {
            if (!columns.containsKey(required)) {
                throw new InvalidFileException(Problem.error(at(1), "scan.csvMissingColumn", required));
            }
        }
        tally.toolIfUnknown("Prowler");
        List<String> row;
        int start = line;
        while ((row = record()) != null) {
            take(new Row(row, columns, start));
            start = line;
        }
    }

    private void take(Row r) throws InvalidFileException {
        if (r.cells.size() == 1 && r.cells.get(0).isBlank()) {
            return;
        }
        String check = r.get("CHECK_ID");
        ScanStatus status = ScanStatus.parse(r.get("STATUS"));
        if (check.isBlank()) {
            tally.skip(r.at("CHECK_ID"), "scan.rowNoCheck");
            return;
        }
        if (status == null) {
            tally.skip(r.at("STATUS"), "scan.rowBadStatus", Problem.visible(shorten(r.get("STATUS"))));
            return;
        }
        Requirements req = Requirements.ofColumn(r.get("COMPLIANCE"));
        tally.take(new ScanFinding(check.strip(), status, ScanSeverity.parse(r.get("SEVERITY")),
                r.get("PROVIDER").strip().toLowerCase(Locale.ROOT), r.get("SERVICE_NAME").strip(),
                r.get("RESOURCE_UID").strip(), r.get("REGION").strip(), date(r.get("TIMESTAMP")),
                req.nist, req.iso), at(r.line));
    }

    private static LocalDate date(String timestamp) {
        String t = timestamp.strip();
        if (t.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(t.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** One record's cells, or null at the end of the file. */
    private List<String> record() throws IOException, InvalidFileException {
        int c = in.read();
        if (c < 0) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int recordChars = 0;
        int startLine = line;
        while (true) {
            if (c < 0) {
                if (quoted) {
                    throw new InvalidFileException(Problem.error(at(startLine), "scan.csvOpenQuote"));
                }
                cells.add(cell.toString());
                return cells;
            }
            if (++recordChars > ScanLimits.MAX_RECORD_CHARS) {
                throw new InvalidFileException(Problem.error(at(startLine), "scan.recordTooLong",
                        ScanLimits.MAX_RECORD_CHARS));
            }
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        append(cell, '"', startLine);
                    } else {
                        quoted = false;
                        in.reset();
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    append(cell, ch, startLine);
                }
            } else if (ch == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (ch == ';') {
                cells.add(cell.toString());
                cell.setLength(0);
                if (cells.size() > ScanLimits.MAX_CSV_COLUMNS) {
                    throw new InvalidFileException(Problem.error(at(startLine), "scan.csvTooManyColumns",
                            ScanLimits.MAX_CSV_COLUMNS));
                }
            } else if (ch == '\n') {
                line++;
                cells.add(cell.toString());
                return cells;
            } else if (ch != '\r') {
                append(cell, ch, startLine);
            }
            c = in.read();
        }
    }

    private void append(StringBuilder cell, char ch, int startLine) throws InvalidFileException {
        if (cell.length() >= ScanLimits.MAX_TEXT_CHARS) {
            throw new InvalidFileException(Problem.error(at(startLine), "json.textTooLongAt",
                    cell.length() + 1, ScanLimits.MAX_TEXT_CHARS));
        }
        cell.append(ch);
    }

    private static String at(int line) {
        return Messages.get("scan.atLine", line);
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** A data row with its column names and the line it starts on. */
    private record Row(List<String> cells, Map<String, Integer> columns, int line) {
        String get(String column) {
            Integer i = columns.get(column);
            return i == null || i >= cells.size() ? "" : cells.get(i);
        }

        String at(String column) {
            return Messages.get("scan.atLineColumn", line, column);
        }
    }
}

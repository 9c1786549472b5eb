package org.demarc.interop.questionnaire;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.demarc.io.InvalidFileException;
import org.demarc.io.ProblemList;
import org.demarc.io.SafeFiles;
import org.demarc.interop.xlsx.QuietPoi;
import org.demarc.interop.xlsx.Workbooks;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Messages;
import org.demarc.io.Problem;

/**
 * Reads a returned questionnaire without trusting it. The workbook must be one Demarc exported,
 * with its sheets, columns and rows where they were sent: a renamed or deleted sheet, a moved or
 * deleted column, a moved row, a formula or an oversized text refuses the whole workbook with a
 * message naming the place. A value a respondent got wrong (a status that is not one of the
 * list, a date that is not a date) is kept with its cell so the preview can show it.
 */
public final class QuestionnaireReader {
    static {
        QuietPoi.init();
    }

    private QuestionnaireReader() {
    }

    public static ReturnedQuestionnaire read(Path file) throws IOException, InvalidFileException {
        return read(SafeFiles.readBounded(file));
    }

    public static ReturnedQuestionnaire read(byte[] bytes) throws InvalidFileException {
        XSSFWorkbook wb = Workbooks.open(bytes);
        try {
            return read(wb);
        } catch (RuntimeException e) {
            // A workbook shaped in a way no check foresaw: still a message, never a crash.
            throw new InvalidFileException(Workbooks.unreadable(e));
        } finally {
            Workbooks.close(wb);
        }
    }

    private static ReturnedQuestionnaire read(XSSFWorkbook wb) throws InvalidFileException {
        Sheet hidden = wb.getSheet(Hidden.SHEET);
        if (hidden == null) {
            throw new InvalidFileException(Problem.error("", "questionnaire.notQuestionnaire", Hidden.SHEET));
        }
        Map<String, List<String>> meta = new HashMap<>();
        List<List<String>> lines = new ArrayList<>();
        boolean inRows = false;
        for (Row row : hidden) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                cells.add(Workbooks.text(row, i));
            }
            if (cells.isEmpty()) {
                continue;
            }
            if (inRows) {
                lines.add(cells);
            } else {
                meta.put(cells.get(0), cells.subList(1, cells.size()));
                inRows = Hidden.ROWS.equals(cells.get(0));
            }
        }
        ProblemList problems = new ProblemList();
        checkFormat(meta, problems);
        if (problems.hasErrors()) {
            throw new InvalidFileException(problems.all());
        }
        List<String> sheets = meta.getOrDefault(Hidden.KEY_SHEETS, List.of());
        checkSheets(wb, sheets, problems);
        List<String> headers = meta.getOrDefault(Hidden.KEY_HEADERS, List.of());
        for (String name : sheets) {
            Sheet sheet = wb.getSheet(name);
            if (sheet != null) {
                checkHeader(sheet, headers, problems);
            }
        }
        if (problems.hasErrors()) {
            throw new InvalidFileException(problems.all());
        }
        Map<String, AnswerStatus> statuses = statusNames(meta);
        List<ReturnedQuestionnaire.Row> rows = new ArrayList<>();
        Map<String, Integer> lastRow = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (List<String> line : lines) {
            ReturnedQuestionnaire.Row row = row(wb, line, statuses, problems);
            if (row != null) {
                if (!seen.add(row.controlId())) {
                    problems.error(Hidden.SHEET, "questionnaire.damaged", row.controlId());
                }
                rows.add(row);
                lastRow.merge(row.sheet(), row.row(), Math::max);
            }
        }
        for (String name : sheets) {
            extraRows(wb.getSheet(name), lastRow.getOrDefault(name, 1), problems);
        }
        if (problems.hasErrors()) {
            throw new InvalidFileException(problems.all());
        }
        Instant exported = parseInstant(first(meta, Hidden.KEY_EXPORTED));
        // A format 1 workbook has no export id: its rows are read, and shown as unverified.
        String exportId = String.valueOf(Hidden.UNKEYED_VERSION).equals(meta.get(Hidden.KEY_FORMAT).get(1)) ? "" : first(meta, Hidden.KEY_EXPORT);
        return new ReturnedQuestionnaire(first(meta, Hidden.KEY_ASSESSMENT), first(meta, Hidden.KEY_FINGERPRINT),
                exportId, first(meta, Hidden.KEY_TITLE), first(meta, Hidden.KEY_CLIENT), exported, rows, problems.warnings());
    }

    private static void checkFormat(Map<String, List<String>> meta, ProblemList problems) {
        List<String> format = meta.getOrDefault(Hidden.KEY_FORMAT, List.of());
        if (format.isEmpty() || !Hidden.FORMAT.equals(format.get(0))) {
            problems.error(Hidden.SHEET, "questionnaire.notQuestionnaire", Hidden.SHEET);
            return;
        }
        int version;
        try {
            version = format.size() > 1 ? Integer.parseInt(format.get(1)) : -1;
        } catch (NumberFormatException e) {
            version = -1;
        }
        if (version > Hidden.VERSION) {
            problems.error(Hidden.SHEET, "questionnaire.newerVersion", version, Hidden.VERSION);
        } else if ((version != Hidden.VERSION && version != Hidden.UNKEYED_VERSION)
                || (version == Hidden.VERSION && first(meta, Hidden.KEY_EXPORT).isEmpty())
                || !meta.getOrDefault(Hidden.KEY_COLUMNS, List.of()).equals(columnNames())
                || first(meta, Hidden.KEY_ASSESSMENT).isEmpty() || !meta.containsKey(Hidden.ROWS)) {
            problems.error(Hidden.SHEET, "questionnaire.damaged", Hidden.SHEET);
        }
    }

    private static List<String> columnNames() {
        return java.util.Arrays.stream(Column.values()).map(Enum::name).toList();
    }

    /** Every listed sheet is there by its name; sheets in another order are only worth a warning. */
    private static void checkSheets(XSSFWorkbook wb, List<String> sheets, ProblemList problems) {
        List<String> present = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            present.add(wb.getSheetName(i));
        }
        for (String name : sheets) {
            if (!present.contains(name)) {
                problems.error(name, "questionnaire.sheetMissing", name);
            }
        }
        List<String> order = present.stream().filter(sheets::contains).toList();
        if (!problems.hasErrors() && !order.equals(sheets)) {
            problems.warning("", "questionnaire.sheetsReordered");
        }
    }

    private static void checkHeader(Sheet sheet, List<String> headers, ProblemList problems) {
        Row header = sheet.getRow(0);
        for (Column c : Column.values()) {
            String expected = c.ordinal() < headers.size() ? headers.get(c.ordinal()) : c.label();
            String found = Workbooks.text(header, c.ordinal());
            if (!expected.equals(found)) {
                problems.error(Workbooks.ref(sheet.getSheetName(), 0, c.ordinal()), "questionnaire.columnMoved",
                        expected, found);
                return;
            }
        }
    }

    /** Status labels as exported, today's labels and the names themselves, ignoring case. */
    private static Map<String, AnswerStatus> statusNames(Map<String, List<String>> meta) {
        Map<String, AnswerStatus> names = new LinkedHashMap<>();
        List<String> exportedNames = meta.getOrDefault(Hidden.KEY_STATUSES, List.of());
        List<String> exportedLabels = meta.getOrDefault(Hidden.KEY_STATUS_LABELS, List.of());
        // Every status is recognised, so an answer sent out as inherited reads back unchanged; the
        // preview refuses a respondent's choice outside the list.
        for (AnswerStatus s : AnswerStatus.values()) {
            names.put(s.name().toLowerCase(Locale.ROOT), s);
            names.put(Messages.get("status." + s.name()).toLowerCase(Locale.ROOT), s);
            int i = exportedNames.indexOf(s.name());
            if (i >= 0 && i < exportedLabels.size()) {
                names.put(exportedLabels.get(i).strip().toLowerCase(Locale.ROOT), s);
            }
        }
        return names;
    }

    private static ReturnedQuestionnaire.Row row(XSSFWorkbook wb, List<String> line,
                                                 Map<String, AnswerStatus> statuses, ProblemList problems) {
        int expectedCells = 3 + 2 * Field.values().length;
        if (line.size() < expectedCells - 1) {
            problems.error(Hidden.SHEET, "questionnaire.damaged", String.join(" ", line));
            return null;
        }
        String sheetName = line.get(0);
        String controlId = line.get(2);
        Sheet sheet = wb.getSheet(sheetName);
        int rowNumber;
        try {
            rowNumber = Integer.parseInt(line.get(1));
        } catch (NumberFormatException e) {
            rowNumber = -1;
        }
        if (sheet == null || rowNumber < 2) {
            problems.error(Hidden.SHEET, "questionnaire.damaged", controlId);
            return null;
        }
        Row row = sheet.getRow(rowNumber - 1);
        String found = Workbooks.text(row, Column.CONTROL.ordinal()).strip();
        if (!found.equals(controlId)) {
            problems.error(Workbooks.ref(sheetName, rowNumber - 1, Column.CONTROL.ordinal()), "questionnaire.rowMoved",
                    controlId, found);
            return null;
        }
        Map<Field, ReturnedQuestionnaire.Value> values = new EnumMap<>(Field.class);
        int i = 3;
        for (Field f : Field.values()) {
            String base = line.get(i);
            boolean truncated = i + 1 < line.size() && !line.get(i + 1).isEmpty();
            i += 2;
            int col = Column.of(f).ordinal();
            Cell cell = row.getCell(col);
            values.put(f, value(f, cell, Workbooks.ref(sheetName, rowNumber - 1, col), base, truncated, statuses));
        }
        return new ReturnedQuestionnaire.Row(controlId, sheetName, rowNumber, values);
    }

    private static ReturnedQuestionnaire.Value value(Field f, Cell cell, String ref, String base, boolean truncated,
                                                     Map<String, AnswerStatus> statuses) {
        String raw = cell == null ? "" : Workbooks.text(cell.getRow(), cell.getColumnIndex());
        String canonical;
        Problem problem = null;
        switch (f) {
            case STATUS -> {
                String key = raw.strip().toLowerCase(Locale.ROOT);
                AnswerStatus s = statuses.get(key);
                canonical = key.isEmpty() ? "" : s == null ? null : s.name();
                if (canonical == null) {
                    problem = Problem.error(ref, "questionnaire.badStatus", raw, allowedLabels());
                }
            }
            case DUE_DATE -> {
                LocalDate date = dateOf(cell);
                if (date != null) {
                    canonical = date.toString();
                } else if (raw.isBlank()) {
                    canonical = "";
                } else {
                    canonical = parseDate(raw.strip());
                    if (canonical == null) {
                        problem = Problem.error(ref, "questionnaire.badDate", raw);
                    }
                }
            }
            // Stripped; the preview keeps the text as it was when it matches the value sent.
            default -> canonical = raw.strip();
        }
        return new ReturnedQuestionnaire.Value(f, ref, raw, canonical, problem, base, truncated);
    }

    static String allowedLabels() {
        return String.join(", ", QuestionnaireExport.STATUSES.stream().map(s -> Messages.get("status." + s.name())).toList());
    }

    private static LocalDate dateOf(Cell cell) {
        if (cell == null || cell.getCellType() != CellType.NUMERIC || !DateUtil.isCellDateFormatted(cell)) {
            return null;
        }
        return Workbooks.date(cell);
    }

    private static String parseDate(String s) {
        try {
            return LocalDate.parse(s).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Anything typed below the last question is not part of the questionnaire: worth a warning. */
    private static void extraRows(Sheet sheet, int lastQuestionRow, ProblemList problems) {
        if (sheet == null) {
            return;
        }
        for (Row row : sheet) {
            if (row.getRowNum() < lastQuestionRow) {
                continue;
            }
            for (Cell cell : row) {
                if (!Workbooks.text(row, cell.getColumnIndex()).isBlank()) {
                    problems.warning(Workbooks.ref(cell), "questionnaire.extraRow");
                    break;
                }
            }
        }
    }

    private static String first(Map<String, List<String>> meta, String key) {
        List<String> v = meta.getOrDefault(key, List.of());
        return v.isEmpty() ? "" : v.get(0);
    }

    private static Instant parseInstant(String s) {
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

package org.demarc.interop.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.demarc.io.InvalidFileException;
import org.demarc.io.JsonLimits;
import org.demarc.io.ProblemList;
import org.demarc.io.SafeFiles;
import org.demarc.io.Problem;

/**
 * Reading workbooks that come back from outside without trusting them, and writing ours. A
 * workbook is refused whole, with every problem and its cell, when it is larger than a project
 * file may be, is not an .xlsx file, inflates suspiciously (zip bomb), holds a formula anywhere or
 * a text longer than a project text may be. Nothing is read from a workbook that was refused.
 */
public final class Workbooks {
    /** Excel's own limit for the text of one cell. */
    public static final int MAX_CELL_CHARS = 32_767;
    /** No part of the package may inflate to more than this. */
    static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;
    /** A part that inflates more than 100 times is treated as a zip bomb. */
    static final double MIN_INFLATE_RATIO = 0.01;

    private static final DataFormatter FORMATTER = new DataFormatter(java.util.Locale.ROOT);

    private Workbooks() {
    }

    static {
        QuietPoi.init();
    }

    /** Reads a file with the size limit of project files, then opens it as below. */
    public static XSSFWorkbook open(Path file) throws IOException, InvalidFileException {
        return open(SafeFiles.readBounded(file));
    }

    /** Opens the bytes of an .xlsx workbook and checks every cell; the caller closes the workbook. */
    public static XSSFWorkbook open(byte[] bytes) throws InvalidFileException {
        if (bytes.length > JsonLimits.MAX_FILE_BYTES) {
            throw new InvalidFileException(Problem.error("", "json.tooLarge", bytes.length, JsonLimits.MAX_FILE_BYTES));
        }
        InflateBudget.check(bytes);
        XSSFWorkbook wb;
        synchronized (Workbooks.class) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
            try {
                wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
            } catch (IOException | RuntimeException e) {
                throw new InvalidFileException(isZipBomb(e) ? Problem.error("", "workbook.zipBomb")
                        : unreadable(e));
            }
        }
        try {
            checkCells(wb);
        } catch (InvalidFileException | RuntimeException e) {
            close(wb);
            if (e instanceof InvalidFileException invalid) {
                throw invalid;
            }
            throw new InvalidFileException(unreadable(e));
        }
        return wb;
    }

    /** A workbook POI could not read, in Demarc's words (see {@link PoiReasons}). */
    public static Problem unreadable(Throwable e) {
        return Problem.error("", "workbook.unreadable", PoiReasons.of(e));
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("max entry size") || m.contains("exceed"))) {
                return true;
            }
        }
        return false;
    }

    /** No formulas, no text longer than a project text, anywhere: all problems at once. */
    private static void checkCells(XSSFWorkbook wb) throws InvalidFileException {
        ProblemList problems = new ProblemList();
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        problems.error(ref(cell), "workbook.formula");
                    } else if (cell.getCellType() == CellType.STRING
                            && cell.getStringCellValue().length() > JsonLimits.MAX_TEXT_CHARS) {
                        problems.error(ref(cell), "workbook.textTooLong", cell.getStringCellValue().length(),
                                JsonLimits.MAX_TEXT_CHARS);
                    }
                }
            }
        }
        if (problems.hasErrors()) {
            throw new InvalidFileException(problems.all());
        }
    }

    /** A cell as a user finds it: {@code 'Network'!G5}. */
    public static String ref(Cell cell) {
        return ref(cell.getSheet().getSheetName(), cell.getRowIndex(), cell.getColumnIndex());
    }

    public static String ref(String sheet, int row, int column) {
        return new CellReference(sheet, row, column, false, false).formatAsString();
    }

    /** The text of a cell as shown, never null; blank for a missing cell. */
    public static String text(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case BLANK, _NONE, ERROR -> "";
            default -> FORMATTER.formatCellValue(cell);
        };
    }

    /**
     * A numeric cell that holds an Excel date, as a date; null otherwise. The cell's own date API
     * honours the workbook's date system: in a 1904 workbook (Excel for Mac's old default) the same
     * number is a date four years and a day later than in a 1900 one.
     */
    public static LocalDate date(Cell cell) {
        if (cell == null || cell.getCellType() != CellType.NUMERIC || !DateUtil.isValidExcelDate(cell.getNumericCellValue())) {
            return null;
        }
        LocalDateTime dt = cell.getLocalDateTimeCellValue();
        return dt == null ? null : dt.toLocalDate();
    }

    /** Text that fits in a cell: longer text is cut with an ellipsis. */
    public static String fit(String s) {
        return s.length() <= MAX_CELL_CHARS ? s : s.substring(0, MAX_CELL_CHARS - 1) + "…";
    }

    /**
     * Sets the row's height to show its wrapped text, since spreadsheet programs do not always fit
     * rows on opening: lines per cell estimated from its column's width in characters.
     */
    public static void fitHeight(Row row) {
        int lines = 1;
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.STRING) {
                continue;
            }
            // A column n characters wide holds about n + 15% characters of proportional text.
            int width = Math.max(4, row.getSheet().getColumnWidth(cell.getColumnIndex()) * 115 / 100 / 256);
            int cellLines = 0;
            for (String line : cell.getStringCellValue().split("\n", -1)) {
                cellLines += Math.max(1, (line.length() + width - 1) / width);
            }
            lines = Math.max(lines, cellLines);
        }
        // About 14 points a line for an 11-point font; Excel allows at most 409 points.
        row.setHeightInPoints(Math.min(409f, lines * 14f + 2f));
    }

    /** A valid sheet name (at most 31 characters, none of []:*?/\\). */
    /**
     * The bold heading row of an exported sheet, each column {@code widths[i]} characters wide (20
     * past the end of {@code widths}); {@code wrap} for headings that may take two lines.
     */
    public static void headerRow(XSSFSheet sheet, java.util.List<String> headers, int[] widths, boolean wrap) {
        org.apache.poi.ss.usermodel.Font bold = sheet.getWorkbook().createFont();
        bold.setBold(true);
        org.apache.poi.ss.usermodel.CellStyle style = sheet.getWorkbook().createCellStyle();
        style.setFont(bold);
        style.setWrapText(wrap);
        Row h = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            h.createCell(i).setCellValue(headers.get(i));
            h.getCell(i).setCellStyle(style);
            sheet.setColumnWidth(i, (i < widths.length ? widths[i] : 20) * 256);
        }
    }

    public static String safeSheetName(String wanted) {
        return org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(wanted.isBlank() ? "Sheet" : wanted.strip());
    }

    public static byte[] toBytes(XSSFWorkbook wb) {
        try (wb) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void close(XSSFWorkbook wb) {
        try {
            wb.close();
        } catch (IOException | RuntimeException e) {
            // Read from memory: nothing to release that matters.
        }
    }
}

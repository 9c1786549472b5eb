package org.demarc.interop.questionnaire;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fills in a questionnaire the way a person in a spreadsheet program would, cell by cell. */
public final class Respondent implements AutoCloseable {
    final XSSFWorkbook wb;

    public Respondent(byte[] questionnaire) {
        try {
            wb = new XSSFWorkbook(new ByteArrayInputStream(questionnaire));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell of a control's row in a column. */
    public Cell cell(String controlId, Column column) {
        for (Sheet sheet : wb) {
            if (sheet.getSheetName().equals(Hidden.SHEET)) {
                continue;
            }
            for (Row row : sheet) {
                Cell id = row.getCell(Column.CONTROL.ordinal());
                if (id != null && controlId.equals(id.getStringCellValue())) {
                    Cell c = row.getCell(column.ordinal());
                    return c != null ? c : row.createCell(column.ordinal());
                }
            }
        }
        throw new IllegalArgumentException("no row for " + controlId);
    }

    public Respondent type(String controlId, Column column, String text) {
        cell(controlId, column).setCellValue(text);
        return this;
    }

    public Respondent date(String controlId, LocalDate date) {
        Cell c = cell(controlId, Column.DUE_DATE);
        c.setCellValue(date);
        return this;
    }

    public Respondent clear(String controlId, Column column) {
        cell(controlId, column).setBlank();
        return this;
    }

    /** Where a control's cell is, as a spreadsheet names it. */
    public String ref(String controlId, Column column) {
        Cell c = cell(controlId, column);
        return org.demarc.interop.xlsx.Workbooks.ref(c);
    }

    public byte[] save() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        wb.close();
    }
}

package org.demarc.interop.questionnaire;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.demarc.assessment.ProviderWording;
import org.demarc.assessment.analysis.AssessmentAnalysis;
import org.demarc.interop.xlsx.Workbooks;
import org.demarc.model.Answer;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.model.Messages;
import org.demarc.model.Service;

/**
 * One sheet of questions of a domain: the catalog's text read-only (each provider's wording over
 * several providers, see {@link ProviderWording}), the answer fields as input
 * cells (status a drop-down), and per row the line the hidden sheet keeps to recognise it later.
 */
final class DomainSheet {
    private DomainSheet() {
    }

    static void write(XSSFSheet sheet, List<Control> controls, Assessment a, AssessmentAnalysis analysis,
                      QuestionnaireStyles styles, RowHashes hashes, List<List<String>> hiddenRows) {
        Row header = sheet.createRow(0);
        for (Column c : Column.values()) {
            Cell cell = header.createCell(c.ordinal());
            cell.setCellValue(c.label());
            cell.setCellStyle(c.field() == null ? styles.header : styles.inputHeader);
            sheet.setColumnWidth(c.ordinal(), c.width() * 256);
        }
        Workbooks.fitHeight(header);
        int r = 1;
        for (Control control : controls) {
            Row row = sheet.createRow(r);
            Answer answer = a.answers().get(control.id());
            List<String> services = analysis.matrix().servicesWithCustomerShare(control.id()).stream()
                    .map(Service::name).toList();
            put(row, Column.CONTROL, control.id(), styles.readOnly);
            put(row, Column.TITLE, control.title(), styles.readOnly);
            put(row, Column.QUESTION, ProviderWording.of(a, control, Control::question), styles.readOnly);
            put(row, Column.GUIDANCE, ProviderWording.of(a, control, Control::guidance), styles.readOnly);
            put(row, Column.CUSTOMER_PART, ProviderWording.of(a, control, Control::customerPart), styles.readOnly);
            put(row, Column.SERVICES, String.join(", ", services), styles.readOnly);
            List<String> line = new ArrayList<>(List.of(sheet.getSheetName(), Integer.toString(r + 1), control.id()));
            for (Field f : Field.values()) {
                String canonical = f.canonical(answer);
                boolean truncated = canonical.length() > Workbooks.MAX_CELL_CHARS;
                CellStyle style = truncated ? styles.readOnly : f == Field.DUE_DATE ? styles.dateInput : styles.input;
                Cell cell = row.createCell(Column.of(f).ordinal());
                cell.setCellStyle(style);
                if (f == Field.DUE_DATE && !canonical.isEmpty()) {
                    cell.setCellValue(java.time.LocalDate.parse(canonical));
                } else if (!canonical.isEmpty()) {
                    cell.setCellValue(Workbooks.fit(Field.display(f, canonical)));
                }
                line.add(hashes.of(control.id(), f, canonical));
                line.add(truncated ? "truncated" : "");
            }
            hiddenRows.add(line);
            Workbooks.fitHeight(row);
            r++;
        }
        if (r > 1) {
            statusDropDown(sheet, 1, r - 1);
        }
        sheet.createFreezePane(2, 1);
        printable(sheet);
        sheet.protectSheet("");
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    /** Printed landscape, one page wide, the header row on every page. */
    private static void printable(XSSFSheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, Column.values().length - 1));
    }

    private static void put(Row row, Column column, String text, CellStyle style) {
        Cell cell = row.createCell(column.ordinal());
        cell.setCellValue(Workbooks.fit(text));
        cell.setCellStyle(style);
    }

    private static void statusDropDown(XSSFSheet sheet, int firstRow, int lastRow) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        String[] labels = QuestionnaireExport.STATUSES.stream().map(s -> Messages.get("status." + s.name())).toArray(String[]::new);
        DataValidationConstraint constraint = helper.createExplicitListConstraint(labels);
        int col = Column.STATUS.ordinal();
        DataValidation dv = helper.createValidation(constraint, new CellRangeAddressList(firstRow, lastRow, col, col));
        dv.setShowErrorBox(true);
        dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
        dv.createErrorBox(Messages.get("questionnaire.status.errorTitle"), Messages.get("questionnaire.status.errorText"));
        dv.setShowPromptBox(true);
        dv.createPromptBox(Column.STATUS.label(), Messages.get("questionnaire.status.prompt"));
        // XSSF shows the drop-down arrow when this is true (the name says the opposite).
        dv.setSuppressDropDownArrow(true);
        dv.setEmptyCellAllowed(true);
        sheet.addValidationData(dv);
    }
}

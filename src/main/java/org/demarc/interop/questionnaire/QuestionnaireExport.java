package org.demarc.interop.questionnaire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.demarc.assessment.ProviderWording;
import org.demarc.interop.xlsx.QuietPoi;
import org.demarc.interop.xlsx.Workbooks;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.model.Domain;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.demarc.model.QuestionnaireSent;
import org.demarc.model.Messages;
import org.demarc.model.Service;
import org.demarc.assessment.ContentFingerprint;
import org.demarc.assessment.analysis.AssessmentAnalysis;

/**
 * A questionnaire a respondent fills in without Demarc: an instructions sheet, one sheet per
 * domain with the catalog's text read-only and status (a drop-down), justification, finding,
 * owner and due date as input cells, and a very hidden sheet that ties each row to its control
 * and the workbook to its assessment. Sheets are protected (no password) so rows and columns
 * stay where the import expects them.
 */
public final class QuestionnaireExport {
    /** Which questions go out. */
    public enum Selection { OPEN, ALL }

    /** The statuses a respondent may choose: inherited controls are acknowledged in Demarc, not asked. */
    public static final List<AnswerStatus> STATUSES = List.of(AnswerStatus.IMPLEMENTED, AnswerStatus.PARTIAL,
            AnswerStatus.NOT_IMPLEMENTED, AnswerStatus.NOT_APPLICABLE, AnswerStatus.ALTERNATIVE);

    static {
        QuietPoi.init();
    }

    private QuestionnaireExport() {
    }

    /** The controls that would go out, in catalog order; empty when there is nothing to ask. */
    public static List<Control> questions(Assessment a, Selection selection, String domainId) {
        AssessmentAnalysis analysis = new AssessmentAnalysis(a);
        Set<Control> open = new HashSet<>(analysis.unanswered());
        return analysis.asked().stream()
                .filter(c -> domainId == null || c.domainId().equals(domainId))
                .filter(c -> selection == Selection.ALL || open.contains(c))
                .toList();
    }

    /** A domain by id or by name, ignoring case. */
    public static Optional<Domain> domain(Assessment a, String idOrName) {
        return a.catalog().domains().stream()
                .filter(d -> d.id().equalsIgnoreCase(idOrName) || d.name().equalsIgnoreCase(idOrName))
                .findFirst();
    }

    /**
     * A questionnaire ready to go out: the workbook, and the assessment with the export recorded in
     * its history (which controls went out, the secret the row hashes are keyed with). Save that
     * assessment, or the workbook cannot be imported later.
     */
    public record Sent(byte[] workbook, Assessment assessment, int questions) {
        /** The QUESTIONNAIRE_SENT event recorded, to add to a later state of the same assessment. */
        public HistoryEvent event() {
            return assessment.history().get(assessment.history().size() - 1);
        }
    }

    public static Sent send(Assessment a, Selection selection, String domainId, Instant at, String actor) {
        List<Control> questions = questions(a, selection, domainId);
        QuestionnaireSent record = new QuestionnaireSent(RowHashes.newId(), RowHashes.newSecret(),
                questions.stream().map(Control::id).toList());
        byte[] bytes = Workbooks.toBytes(workbook(a, questions, at, record));
        HistoryEvent event = new HistoryEvent(at, HistoryKind.QUESTIONNAIRE_SENT, actor,
                Messages.get("questionnaire.sentHistory", questions.size()), record);
        return new Sent(bytes, a.withEvent(event), questions.size());
    }

    static XSSFWorkbook workbook(Assessment a, List<Control> questions, Instant at, QuestionnaireSent record) {
        AssessmentAnalysis analysis = new AssessmentAnalysis(a);
        RowHashes hashes = RowHashes.keyed(record.secret(), record.id());
        Map<Domain, List<Control>> byDomain = new LinkedHashMap<>();
        for (Domain d : a.catalog().domains()) {
            List<Control> in = questions.stream().filter(c -> c.domainId().equals(d.id())).toList();
            if (!in.isEmpty()) {
                byDomain.put(d, in);
            }
        }
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles styles = new Styles(wb);
        XSSFSheet instructions = wb.createSheet(sheetName(Messages.get("questionnaire.sheet.instructions"), Set.of()));
        List<String> sheetNames = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        Set<String> used = new HashSet<>(Set.of(instructions.getSheetName().toLowerCase(Locale.ROOT), Hidden.SHEET));
        for (Map.Entry<Domain, List<Control>> e : byDomain.entrySet()) {
            String name = sheetName(e.getKey().name(), used);
            used.add(name.toLowerCase(Locale.ROOT));
            sheetNames.add(name);
            domainSheet(wb.createSheet(name), e.getValue(), a, analysis, styles, hashes, rows);
        }
        instructions(instructions, a, at, byDomain, styles);
        hidden(wb, a, at, record.id(), sheetNames, rows);
        wb.setActiveSheet(0);
        wb.setSelectedTab(0);
        return wb;
    }

    /** A valid, unique sheet name (at most 31 characters, none of []:*?/\). */
    static String sheetName(String wanted, Set<String> usedLowerCase) {
        String base = Workbooks.safeSheetName(wanted);
        if (base.length() == 31 && wanted.strip().length() > 31 && base.lastIndexOf(' ') > 10) {
            // Cut at a word rather than in the middle of one: "Patch and vulnerability", not "…managem".
            base = base.substring(0, base.lastIndexOf(' '));
        }
        String name = base;
        for (int n = 2; usedLowerCase.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    private static void domainSheet(XSSFSheet sheet, List<Control> controls, Assessment a, AssessmentAnalysis analysis,
                                    Styles styles, RowHashes hashes, List<List<String>> hiddenRows) {
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
            put(row, Column.QUESTION, control.question(), styles.readOnly);
            put(row, Column.GUIDANCE, control.guidance(), styles.readOnly);
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
        String[] labels = STATUSES.stream().map(s -> Messages.get("status." + s.name())).toArray(String[]::new);
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

    private static void instructions(XSSFSheet sheet, Assessment a, Instant at, Map<Domain, List<Control>> byDomain,
                                     Styles styles) {
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        int[] r = {0};
        Row title = sheet.createRow(r[0]++);
        title.createCell(0).setCellValue(Messages.get("questionnaire.instructions.title"));
        title.getCell(0).setCellStyle(styles.title);
        line(sheet, r, styles, "questionnaire.instructions.assessment", a.engagement().title());
        line(sheet, r, styles, "questionnaire.instructions.client", a.engagement().client());
        line(sheet, r, styles, "questionnaire.instructions.exported", at.toString().replace('T', ' ').replace("Z", " UTC"));
        int total = byDomain.values().stream().mapToInt(List::size).sum();
        line(sheet, r, styles, "questionnaire.instructions.questions", Messages.get("questionnaire.instructions.count",
                total, byDomain.size()));
        r[0]++;
        for (String key : List.of("questionnaire.instructions.step1", "questionnaire.instructions.step2",
                "questionnaire.instructions.step3", "questionnaire.instructions.step4",
                "questionnaire.instructions.step5")) {
            Row row = sheet.createRow(r[0]++);
            Cell cell = row.createCell(1);
            cell.setCellValue(Messages.get(key));
            cell.setCellStyle(styles.wrap);
            Workbooks.fitHeight(row);
        }
        r[0]++;
        Row statuses = sheet.createRow(r[0]++);
        statuses.createCell(0).setCellValue(Messages.get("questionnaire.instructions.statuses"));
        statuses.getCell(0).setCellStyle(styles.bold);
        for (AnswerStatus s : STATUSES) {
            Row row = sheet.createRow(r[0]++);
            row.createCell(0).setCellValue(Messages.get("status." + s.name()));
            Cell meaning = row.createCell(1);
            meaning.setCellValue(Messages.get(meaningKey(s)));
            meaning.setCellStyle(styles.wrap);
            Workbooks.fitHeight(row);
        }
        r[0]++;
        Row sheets = sheet.createRow(r[0]++);
        sheets.createCell(0).setCellValue(Messages.get("questionnaire.instructions.sheets"));
        sheets.getCell(0).setCellStyle(styles.bold);
        for (Map.Entry<Domain, List<Control>> e : byDomain.entrySet()) {
            Row row = sheet.createRow(r[0]++);
            row.createCell(0).setCellValue(e.getKey().name());
            row.createCell(1).setCellValue(Messages.get("questionnaire.instructions.sheetCount", e.getValue().size()));
        }
        if (byDomain.isEmpty()) {
            sheet.createRow(r[0]++).createCell(1).setCellValue(Messages.get("questionnaire.instructions.none"));
        }
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.protectSheet("");
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
    }

    private static String meaningKey(AnswerStatus s) {
        return switch (s) {
            case IMPLEMENTED -> "questionnaire.meaning.implemented";
            case PARTIAL -> "questionnaire.meaning.partial";
            case NOT_IMPLEMENTED -> "questionnaire.meaning.notImplemented";
            case NOT_APPLICABLE -> "questionnaire.meaning.notApplicable";
            case ALTERNATIVE -> "questionnaire.meaning.alternative";
            case INHERITED -> throw new IllegalArgumentException("not asked in a questionnaire");
        };
    }

    private static void line(XSSFSheet sheet, int[] r, Styles styles, String labelKey, String value) {
        Row row = sheet.createRow(r[0]++);
        Cell label = row.createCell(0);
        label.setCellValue(Messages.get(labelKey));
        label.setCellStyle(styles.bold);
        row.createCell(1).setCellValue(Workbooks.fit(value));
    }

    private static void hidden(XSSFWorkbook wb, Assessment a, Instant at, String exportId, List<String> sheetNames,
                               List<List<String>> rows) {
        XSSFSheet sheet = wb.createSheet(Hidden.SHEET);
        int[] r = {0};
        meta(sheet, r, Hidden.KEY_FORMAT, List.of(Hidden.FORMAT, Integer.toString(Hidden.VERSION)));
        meta(sheet, r, Hidden.KEY_ASSESSMENT, List.of(Hidden.identity(a)));
        meta(sheet, r, Hidden.KEY_FINGERPRINT, List.of(ContentFingerprint.of(a)));
        meta(sheet, r, Hidden.KEY_EXPORT, List.of(exportId));
        meta(sheet, r, Hidden.KEY_TITLE, List.of(Workbooks.fit(a.engagement().title())));
        meta(sheet, r, Hidden.KEY_CLIENT, List.of(Workbooks.fit(a.engagement().client())));
        meta(sheet, r, Hidden.KEY_EXPORTED, List.of(at.toString()));
        meta(sheet, r, Hidden.KEY_COLUMNS, java.util.Arrays.stream(Column.values()).map(Enum::name).toList());
        meta(sheet, r, Hidden.KEY_HEADERS, java.util.Arrays.stream(Column.values()).map(Column::label).toList());
        meta(sheet, r, Hidden.KEY_STATUSES, STATUSES.stream().map(Enum::name).toList());
        meta(sheet, r, Hidden.KEY_STATUS_LABELS, STATUSES.stream().map(s -> Messages.get("status." + s.name())).toList());
        meta(sheet, r, Hidden.KEY_SHEETS, sheetNames);
        meta(sheet, r, Hidden.ROWS, List.of(Integer.toString(rows.size())));
        for (List<String> line : rows) {
            Row row = sheet.createRow(r[0]++);
            for (int i = 0; i < line.size(); i++) {
                row.createCell(i).setCellValue(line.get(i));
            }
        }
        wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
        sheet.protectSheet("");
    }

    private static void meta(XSSFSheet sheet, int[] r, String key, List<String> values) {
        Row row = sheet.createRow(r[0]++);
        row.createCell(0).setCellValue(key);
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i + 1).setCellValue(values.get(i));
        }
    }

    /** The few cell styles of a questionnaire. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle inputHeader;
        final CellStyle readOnly;
        final CellStyle input;
        final CellStyle dateInput;
        final CellStyle wrap;
        final CellStyle bold;
        final CellStyle title;

        Styles(XSSFWorkbook wb) {
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            header = wb.createCellStyle();
            header.setFont(boldFont);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            inputHeader = wb.createCellStyle();
            inputHeader.cloneStyleFrom(header);
            inputHeader.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            readOnly = wb.createCellStyle();
            readOnly.setWrapText(true);
            readOnly.setVerticalAlignment(VerticalAlignment.TOP);
            readOnly.setLocked(true);
            input = wb.createCellStyle();
            input.setWrapText(true);
            input.setVerticalAlignment(VerticalAlignment.TOP);
            input.setLocked(false);
            input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            for (BorderStyle b : new BorderStyle[] {BorderStyle.THIN}) {
                input.setBorderBottom(b);
                input.setBorderTop(b);
                input.setBorderLeft(b);
                input.setBorderRight(b);
                input.setBottomBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
                input.setTopBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
                input.setLeftBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
                input.setRightBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
            }
            dateInput = wb.createCellStyle();
            dateInput.cloneStyleFrom(input);
            dateInput.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            bold = wb.createCellStyle();
            bold.setFont(boldFont);
            title = wb.createCellStyle();
            title.setFont(titleFont);
        }
    }
}

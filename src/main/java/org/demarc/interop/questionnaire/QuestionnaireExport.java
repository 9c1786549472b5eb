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

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.demarc.assessment.ContentFingerprint;
import org.demarc.assessment.analysis.AssessmentAnalysis;
import org.demarc.interop.xlsx.QuietPoi;
import org.demarc.interop.xlsx.Workbooks;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.model.Domain;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.demarc.model.Messages;
import org.demarc.model.QuestionnaireSent;

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
        QuestionnaireStyles styles = new QuestionnaireStyles(wb);
        XSSFSheet instructions = wb.createSheet(sheetName(Messages.get("questionnaire.sheet.instructions"), Set.of()));
        List<String> sheetNames = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        Set<String> used = new HashSet<>(Set.of(instructions.getSheetName().toLowerCase(Locale.ROOT), Hidden.SHEET));
        for (Map.Entry<Domain, List<Control>> e : byDomain.entrySet()) {
            String name = sheetName(e.getKey().name(), used);
            used.add(name.toLowerCase(Locale.ROOT));
            sheetNames.add(name);
            DomainSheet.write(wb.createSheet(name), e.getValue(), a, analysis, styles, hashes, rows);
        }
        InstructionsSheet.write(instructions, a, at, byDomain, styles);
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
}

package org.demarc.interop.questionnaire;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.demarc.assessment.ProviderWording;
import org.demarc.interop.xlsx.Workbooks;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.model.Domain;
import org.demarc.model.Messages;

/**
 * The first sheet of a questionnaire, for a respondent who has never seen Demarc: what is asked,
 * how to answer, what each status means and which sheet holds which domain.
 */
final class InstructionsSheet {
    private final XSSFSheet sheet;
    private final QuestionnaireStyles styles;
    private int next;

    private InstructionsSheet(XSSFSheet sheet, QuestionnaireStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    static void write(XSSFSheet sheet, Assessment a, Instant at, Map<Domain, List<Control>> byDomain,
                      QuestionnaireStyles styles) {
        new InstructionsSheet(sheet, styles).fill(a, at, byDomain);
    }

    private void fill(Assessment a, Instant at, Map<Domain, List<Control>> byDomain) {
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        Row title = row();
        title.createCell(0).setCellValue(Messages.get("questionnaire.instructions.title"));
        title.getCell(0).setCellStyle(styles.title);
        line("questionnaire.instructions.assessment", a.engagement().title());
        line("questionnaire.instructions.client", a.engagement().client());
        line("questionnaire.instructions.exported", at.toString().replace('T', ' ').replace("Z", " UTC"));
        int total = byDomain.values().stream().mapToInt(List::size).sum();
        line("questionnaire.instructions.questions", Messages.get("questionnaire.instructions.count",
                total, byDomain.size()));
        next++;
        for (String key : List.of("questionnaire.instructions.step1", "questionnaire.instructions.step2",
                "questionnaire.instructions.step3", "questionnaire.instructions.step4",
                "questionnaire.instructions.step5")) {
            wrapped(null, Messages.get(key));
        }
        List<String> providers = ProviderWording.providersInScope(a);
        if (providers.size() > 1) {
            wrapped(null, Messages.get("questionnaire.instructions.providers", String.join(", ", providers)));
        }
        next++;
        heading("questionnaire.instructions.statuses");
        for (AnswerStatus s : QuestionnaireExport.STATUSES) {
            wrapped(Messages.get("status." + s.name()), Messages.get(meaningKey(s)));
        }
        next++;
        heading("questionnaire.instructions.sheets");
        for (Map.Entry<Domain, List<Control>> e : byDomain.entrySet()) {
            Row row = row();
            row.createCell(0).setCellValue(e.getKey().name());
            row.createCell(1).setCellValue(Messages.get("questionnaire.instructions.sheetCount", e.getValue().size()));
        }
        if (byDomain.isEmpty()) {
            row().createCell(1).setCellValue(Messages.get("questionnaire.instructions.none"));
        }
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.protectSheet("");
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
    }

    private Row row() {
        return sheet.createRow(next++);
    }

    private void heading(String key) {
        Row row = row();
        row.createCell(0).setCellValue(Messages.get(key));
        row.getCell(0).setCellStyle(styles.bold);
    }

    /** A row whose text in the wide column wraps; {@code label} (may be null) goes in the first. */
    private void wrapped(String label, String text) {
        Row row = row();
        if (label != null) {
            row.createCell(0).setCellValue(label);
        }
        Cell cell = row.createCell(1);
        cell.setCellValue(text);
        cell.setCellStyle(styles.wrap);
        Workbooks.fitHeight(row);
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

    private void line(String labelKey, String value) {
        Row row = row();
        Cell label = row.createCell(0);
        label.setCellValue(Messages.get(labelKey));
        label.setCellStyle(styles.bold);
        row.createCell(1).setCellValue(Workbooks.fit(value));
    }
}

package org.demarc.interop.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.demarc.io.InvalidFileException;
import org.demarc.io.Problem;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.HistoryKind;
import org.demarc.project.ProjectReader;
import org.demarc.project.ProjectWriter;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;

/**
 * A respondent who edits the very hidden sheet: a row pointed at a control that was never sent, a
 * base hash recomputed to hide a conflict. The export's record in the project (the controls sent,
 * the key of the row hashes) refuses the one and never takes the other by default.
 */
class ForgedQuestionnaireTest {
    private static final Instant EXPORTED = Instant.parse("2026-11-12T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final String GOV = "Governance and provider";

    private final QuestionnaireExport.Sent open = QuestionnaireExport.send(Samples.webshop(),
            QuestionnaireExport.Selection.OPEN, null, EXPORTED, "auditor");

    @Test
    void theExportIsRecordedInTheProjectAndSurvivesSaveAndOpen() throws Exception {
        Assessment recorded = open.assessment();
        assertThat(recorded.history()).last().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(HistoryKind.QUESTIONNAIRE_SENT);
            assertThat(e.questionnaire().controls()).hasSize(45).contains("GOV-01").doesNotContain("IAM-01");
            assertThat(e.questionnaire().secret()).hasSize(64);
        });
        Assessment reread = new ProjectReader().read(ProjectWriter.toBytes(recorded)).value();
        assertThat(reread).isEqualTo(recorded);
        assertThat(ImportPreview.of(reread, QuestionnaireReader.read(open.workbook()), TODAY).changes()).isEmpty();
    }

    @Test
    void aRowPointedAtAControlThatWasNeverSentIsRefusedWithItsRowAndControl() throws Exception {
        Assessment a = open.assessment();
        Answer iam = a.answers().get("IAM-01");
        assertThat(iam.status()).isEqualTo(AnswerStatus.PARTIAL);
        byte[] forged;
        try (Respondent r = new Respondent(open.workbook())) {
            // The GOV-01 row now claims to be IAM-01, answered as implemented, its base hashes the
            // plain SHA-256 prefix of IAM-01's values: what format 1 used and anyone can compute.
            r.type("GOV-01", Column.STATUS, "Implemented");
            r.type("GOV-01", Column.CONTROL, "IAM-01");
            Row line = hiddenLine(r, "GOV-01");
            line.getCell(2).setCellValue("IAM-01");
            plainHashes(line, iam);
            forged = r.save();
        }
        ImportPreview preview = ImportPreview.of(a, QuestionnaireReader.read(forged), TODAY);

        ImportPreview.Change iamChange = preview.changes().stream().filter(c -> c.controlId().equals("IAM-01"))
                .findFirst().orElseThrow();
        assertThat(iamChange.kind()).isEqualTo(ImportPreview.Kind.INVALID);
        assertThat(iamChange.problems()).extracting(Problem::describe).containsExactly("error at '" + GOV
                + "'!A2: row 2 of sheet '" + GOV + "' names control IAM-01, which was not sent in this questionnaire;"
                + " the row is refused");
        assertThat(preview.safeChoices()).doesNotContain("IAM-01");
        Assessment after = QuestionnaireImport.apply(a, preview, preview.allAcceptable(), "q.xlsx", EXPORTED, "x")
                .assessment();
        assertThat(after.answers().get("IAM-01")).isEqualTo(iam);
    }

    @Test
    void aBaseHashTheRespondentComputedIsNeverTakenByDefault() throws Exception {
        QuestionnaireExport.Sent all = QuestionnaireExport.send(Samples.webshop(), QuestionnaireExport.Selection.ALL,
                null, EXPORTED, "auditor");
        // The auditor tightens IAM-01 after the export; the respondent wants the old finding back
        // and recomputes the base hashes so that the row looks like a plain change, not a conflict.
        Assessment a = all.assessment().withAnswer("IAM-01",
                all.assessment().answers().get("IAM-01").withFinding("Two CI users still hold AdministratorAccess."));
        byte[] forged;
        try (Respondent r = new Respondent(all.workbook())) {
            r.type("IAM-01", Column.STATUS, "Implemented").type("IAM-01", Column.FINDING, "All fixed.");
            plainHashes(hiddenLine(r, "IAM-01"), a.answers().get("IAM-01"));
            forged = r.save();
        }
        ImportPreview preview = ImportPreview.of(a, QuestionnaireReader.read(forged), TODAY);
        ImportPreview.Change iam = preview.changes().stream().filter(c -> c.controlId().equals("IAM-01"))
                .findFirst().orElseThrow();
        assertThat(iam.kind()).isEqualTo(ImportPreview.Kind.CONFLICT);
        assertThat(preview.safeChoices()).doesNotContain("IAM-01");
    }

    @Test
    void aHashMovedFromAnotherRowDoesNotVerifyEither() throws Exception {
        // Keyed per control: GOV-02's hashes on GOV-01's line are not GOV-01's.
        byte[] moved;
        try (Respondent r = new Respondent(open.workbook())) {
            r.type("GOV-01", Column.STATUS, "Implemented");
            Row from = hiddenLine(r, "GOV-02");
            Row to = hiddenLine(r, "GOV-01");
            for (int i = 3; i < from.getLastCellNum(); i++) {
                to.getCell(i).setCellValue(from.getCell(i).getStringCellValue());
            }
            moved = r.save();
        }
        ImportPreview preview = ImportPreview.of(open.assessment(), QuestionnaireReader.read(moved), TODAY);
        assertThat(preview.changes()).filteredOn(c -> c.controlId().equals("GOV-01"))
                .singleElement().extracting(ImportPreview.Change::kind).isEqualTo(ImportPreview.Kind.CONFLICT);
    }

    @Test
    void aWorkbookWhoseExportIsNotRecordedInTheProjectIsRefused() throws Exception {
        // The project was not saved after the export (or the workbook came from another copy).
        ReturnedQuestionnaire q = QuestionnaireReader.read(open.workbook());
        assertThatThrownBy(() -> ImportPreview.of(Samples.webshop(), q, TODAY))
                .isInstanceOf(InvalidFileException.class)
                .satisfies(e -> assertThat(((InvalidFileException) e).problems().get(0).text())
                        .contains("is not recorded as sent in 'Web shop shared-responsibility review'"));
    }

    @Test
    void aWorkbookOfTheEarlierFormatImportsButEveryRowIsUnverifiedAndNothingIsTakenByDefault() throws Exception {
        Assessment a = Samples.webshop();
        byte[] old;
        try (Respondent r = new Respondent(open.workbook())) {
            r.type("GOV-01", Column.STATUS, "Implemented");
            // As Demarc wrote it before: format 1, no export id, plain hashes of the values sent.
            Sheet hidden = r.wb.getSheet(Hidden.SHEET);
            for (Row row : hidden) {
                String key = row.getCell(0).getStringCellValue();
                if (key.equals(Hidden.KEY_FORMAT)) {
                    row.getCell(2).setCellValue("1");
                } else if (key.equals(Hidden.KEY_EXPORT)) {
                    row.getCell(1).setCellValue("");
                    row.getCell(0).setCellValue("unused");
                } else if (row.getLastCellNum() > 3 && a.catalog().control(row.getCell(2).getStringCellValue())
                        .isPresent()) {
                    plainHashes(row, a.answers().get(row.getCell(2).getStringCellValue()));
                }
            }
            old = r.save();
        }
        ImportPreview preview = ImportPreview.of(a, QuestionnaireReader.read(old), TODAY);
        assertThat(preview.verified()).isFalse();
        assertThat(preview.changes()).extracting(ImportPreview.Change::controlId).containsExactly("GOV-01");
        assertThat(preview.changes().get(0).kind()).isEqualTo(ImportPreview.Kind.NEW);
        assertThat(preview.safeChoices()).isEmpty();
        assertThat(preview.allAcceptable()).containsExactly("GOV-01");
        assertThat(preview.warnings()).extracting(Problem::text).anySatisfy(t -> assertThat(t)
                .startsWith("this questionnaire was exported by an earlier version of Demarc"));
    }

    /** The base hashes format 1 wrote, which anyone can compute: a plain SHA-256 prefix of each value. */
    private static void plainHashes(Row line, Answer answer) {
        int i = 3;
        for (Field f : Field.values()) {
            line.getCell(i).setCellValue(Hidden.sha256(f.canonical(answer)).substring(0, 32));
            i += 2;
        }
    }

    private static Row hiddenLine(Respondent r, String controlId) {
        for (Row row : r.wb.getSheet(Hidden.SHEET)) {
            if (row.getLastCellNum() > 3 && controlId.equals(row.getCell(2).getStringCellValue())) {
                return row;
            }
        }
        throw new IllegalArgumentException(controlId);
    }

}

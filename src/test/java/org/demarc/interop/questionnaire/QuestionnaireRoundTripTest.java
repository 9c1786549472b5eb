package org.demarc.interop.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.demarc.interop.questionnaire.ImportPreview.Kind;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.HistoryKind;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;

/**
 * Export a questionnaire from the sample, fill it in as a respondent would (wrong values
 * included), import it, and check exactly which answers change and which conflicts are reported.
 */
class QuestionnaireRoundTripTest {
    private static final Instant EXPORTED = Instant.parse("2026-11-12T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private Assessment sample = Samples.webshop();

    /** Exports as Demarc does; {@code sample} becomes the assessment with the export recorded. */
    private byte[] export(Assessment a, QuestionnaireExport.Selection selection, String domain) {
        QuestionnaireExport.Sent out = QuestionnaireExport.send(a, selection, domain, EXPORTED, "auditor");
        sample = out.assessment();
        return out.workbook();
    }

    @Test
    void anOpenQuestionnaireAsksExactlyTheUnansweredQuestionsOnOneSheetPerDomain() throws Exception {
        byte[] bytes = export(sample, QuestionnaireExport.Selection.OPEN, null);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(wb.getSheetName(0)).isEqualTo("Instructions");
            Sheet hidden = wb.getSheet(Hidden.SHEET);
            assertThat(wb.getSheetVisibility(wb.getSheetIndex(hidden))).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(wb.getSheet("Governance and provider")).isNotNull();
            assertThat(wb.getSheet("Physical and environmental")).as("inherited: acknowledged, not asked").isNull();
            Sheet gov = wb.getSheet("Governance and provider");
            assertThat(gov.getRow(1).getCell(0).getStringCellValue()).isEqualTo("GOV-01");
            assertThat(gov.getProtect()).isTrue();
            assertThat(gov.getRow(1).getCell(Column.QUESTION.ordinal()).getCellStyle().getLocked()).isTrue();
            assertThat(gov.getRow(1).getCell(Column.STATUS.ordinal()).getCellStyle().getLocked()).isFalse();
            assertThat(gov.getDataValidations()).hasSize(1);
            assertThat(gov.getDataValidations().get(0).getValidationConstraint().getExplicitListValues())
                    .containsExactly("Implemented", "Partial", "Not implemented", "Not applicable", "Alternative");
        }
        ReturnedQuestionnaire q = QuestionnaireReader.read(bytes);
        assertThat(q.rows()).extracting(ReturnedQuestionnaire.Row::controlId).hasSize(45)
                .contains("GOV-01", "NET-03", "INC-03").doesNotContain("PAT-01", "NET-01", "PHY-02");
        ImportPreview untouched = ImportPreview.of(sample, q, TODAY);
        assertThat(untouched.changes()).isEmpty();
        assertThat(untouched.unchanged()).isEqualTo(45);
        assertThat(untouched.assessmentChangedSinceExport()).isFalse();
    }

    @Test
    void oneDomainOnly() throws Exception {
        byte[] bytes = export(sample, QuestionnaireExport.Selection.ALL, "network");
        assertThat(QuestionnaireReader.read(bytes).rows()).extracting(ReturnedQuestionnaire.Row::controlId)
                .containsExactly("NET-01", "NET-02", "NET-03", "NET-04", "NET-05", "NET-06", "NET-07");
    }

    @Test
    void aFilledQuestionnaireChangesExactlyTheExpectedAnswersAndReportsConflicts() throws Exception {
        byte[] sent = export(sample, QuestionnaireExport.Selection.ALL, null);
        byte[] returned;
        String badStatusCell;
        String badDateCell;
        String justificationCell;
        try (Respondent r = new Respondent(sent)) {
            // New answers to open questions, one with the date typed as text.
            r.type("GOV-01", Column.STATUS, "Implemented").type("GOV-01", Column.FINDING, "Cloud policy approved 2026")
                    .type("GOV-01", Column.OWNER, "CISO");
            r.type("VUL-01", Column.STATUS, "not implemented").type("VUL-01", Column.DUE_DATE, "2027-05-31");
            // A changed answer: partial becomes implemented; and a date picked in the date cell.
            r.type("PAT-01", Column.STATUS, "Implemented");
            r.date("IAM-01", LocalDate.of(2027, 6, 30));
            // Wrong values: not a status, not a date, not applicable without a justification.
            r.type("GOV-02", Column.STATUS, "Maybe");
            r.type("GOV-03", Column.STATUS, "Partial").type("GOV-03", Column.DUE_DATE, "next week");
            r.type("GOV-04", Column.STATUS, "Not applicable");
            // The respondent and the auditor both change NET-01's finding (the auditor after the export).
            r.type("NET-01", Column.FINDING, "SSH closed last Friday");
            // Both write the same answer to DAT-03: no change, no conflict.
            r.type("DAT-03", Column.STATUS, "Implemented");
            // A status removed from an answered control.
            r.clear("TRN-01", Column.STATUS);
            badStatusCell = r.ref("GOV-02", Column.STATUS);
            badDateCell = r.ref("GOV-03", Column.DUE_DATE);
            justificationCell = r.ref("GOV-04", Column.JUSTIFICATION);
            returned = r.save();
        }
        Assessment edited = sample
                .withAnswer("NET-01", sample.answers().get("NET-01").withFinding("SSH restricted to the VPN range"))
                .withAnswer("DAT-03", Answer.of(AnswerStatus.IMPLEMENTED));

        ImportPreview preview = ImportPreview.of(edited, QuestionnaireReader.read(returned), TODAY);

        Map<String, ImportPreview.Change> byId = preview.changes().stream()
                .collect(Collectors.toMap(ImportPreview.Change::controlId, Function.identity()));
        assertThat(byId.keySet()).containsExactlyInAnyOrder("GOV-01", "VUL-01", "PAT-01", "IAM-01", "GOV-02", "GOV-03",
                "GOV-04", "NET-01", "TRN-01");
        assertThat(preview.assessmentChangedSinceExport()).isTrue();
        assertThat(byId.get("GOV-01").kind()).isEqualTo(Kind.NEW);
        assertThat(byId.get("VUL-01").kind()).isEqualTo(Kind.NEW);
        assertThat(byId.get("PAT-01").kind()).isEqualTo(Kind.CHANGED);
        assertThat(byId.get("PAT-01").fields()).singleElement().satisfies(f -> {
            assertThat(f.current()).isEqualTo("Partial");
            assertThat(f.proposed()).isEqualTo("Implemented");
        });
        assertThat(byId.get("IAM-01").kind()).isEqualTo(Kind.CHANGED);
        assertThat(byId.get("NET-01").kind()).isEqualTo(Kind.CONFLICT);
        assertThat(byId.get("NET-01").fields()).singleElement().satisfies(f -> {
            assertThat(f.conflict()).isTrue();
            assertThat(f.current()).isEqualTo("SSH restricted to the VPN range");
            assertThat(f.proposed()).isEqualTo("SSH closed last Friday");
        });
        assertThat(byId.get("GOV-02").kind()).isEqualTo(Kind.INVALID);
        assertThat(byId.get("GOV-02").problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(badStatusCell).isEqualTo("'Governance and provider'!G3");
            assertThat(p.text()).contains("'Maybe' is not a status");
        });
        assertThat(byId.get("GOV-03").problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(badDateCell);
            assertThat(p.text()).contains("'next week' is not a date");
        });
        assertThat(byId.get("GOV-04").problems()).singleElement()
                .satisfies(p -> assertThat(p.location()).isEqualTo(justificationCell));
        assertThat(byId.get("TRN-01").kind()).isEqualTo(Kind.INVALID);
        assertThat(preview.safeChoices()).containsExactly("GOV-01", "PAT-01", "VUL-01", "IAM-01");

        QuestionnaireImport.Outcome outcome = QuestionnaireImport.apply(edited, preview, preview.safeChoices(),
                "returned.xlsx", Instant.parse("2026-11-20T09:00:00Z"), "auditor");
        Assessment after = outcome.assessment();
        assertThat(outcome.taken()).isEqualTo(4);
        assertThat(outcome.rejected()).isEqualTo(1);
        assertThat(outcome.invalid()).isEqualTo(4);
        // Exactly these answers changed, and nothing else.
        Set<String> changed = after.answers().keySet().stream()
                .filter(id -> !after.answers().get(id).equals(edited.answers().get(id))).collect(Collectors.toSet());
        assertThat(changed).containsExactlyInAnyOrder("GOV-01", "VUL-01", "PAT-01", "IAM-01");
        assertThat(after.answers().keySet()).containsAll(edited.answers().keySet());
        assertThat(after.answers().get("GOV-01")).satisfies(a -> {
            assertThat(a.status()).isEqualTo(AnswerStatus.IMPLEMENTED);
            assertThat(a.finding()).isEqualTo("Cloud policy approved 2026");
            assertThat(a.owner()).isEqualTo("CISO");
            assertThat(a.lastConfirmed()).isEqualTo(TODAY);
        });
        assertThat(after.answers().get("VUL-01").status()).isEqualTo(AnswerStatus.NOT_IMPLEMENTED);
        assertThat(after.answers().get("VUL-01").remediation().dueDate()).isEqualTo(LocalDate.of(2027, 5, 31));
        Answer pat = after.answers().get("PAT-01");
        Answer patBefore = edited.answers().get("PAT-01");
        assertThat(pat.status()).isEqualTo(AnswerStatus.IMPLEMENTED);
        assertThat(List.of(pat.finding(), pat.comment(), pat.owner(), pat.evidence(), pat.remediation()))
                .as("fields the respondent did not touch are kept")
                .isEqualTo(List.of(patBefore.finding(), patBefore.comment(), patBefore.owner(), patBefore.evidence(),
                        patBefore.remediation()));
        assertThat(after.answers().get("IAM-01").remediation().dueDate()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(after.answers().get("NET-01").finding()).as("conflict rejected").isEqualTo("SSH restricted to the VPN range");
        assertThat(after.history().get(after.history().size() - 1).kind()).isEqualTo(HistoryKind.IMPORTED);
        assertThat(after.history().get(after.history().size() - 1).detail())
                .isEqualTo("Questionnaire 'returned.xlsx' imported: 4 answers taken, 1 rejected, 4 invalid rows left out");

        // Accepting the conflict takes the respondent's finding.
        Assessment withConflict = QuestionnaireImport.apply(edited, preview, preview.allAcceptable(), "returned.xlsx",
                Instant.parse("2026-11-20T09:00:00Z"), "auditor").assessment();
        assertThat(withConflict.answers().get("NET-01").finding()).isEqualTo("SSH closed last Friday");
    }

    @Test
    void rejectingEverythingChangesNothing() throws Exception {
        byte[] sent = export(sample, QuestionnaireExport.Selection.OPEN, null);
        byte[] returned;
        try (Respondent r = new Respondent(sent)) {
            returned = r.type("GOV-01", Column.STATUS, "Implemented").save();
        }
        ImportPreview preview = ImportPreview.of(sample, QuestionnaireReader.read(returned), TODAY);
        assertThat(QuestionnaireImport.apply(sample, preview, Set.of(), "q.xlsx", EXPORTED, "a").assessment())
                .isSameAs(sample);
    }

    @Test
    void anInheritedAnswerGoesOutAndComesBackUnchangedButCannotBeChosen() throws Exception {
        // An asked control answered as inherited (by mistake, or before a scope change) goes out
        // with its label and must come back as unchanged.
        Assessment odd = sample.withAnswer("GOV-06", Answer.of(AnswerStatus.INHERITED));
        byte[] sent = export(odd, QuestionnaireExport.Selection.ALL, "governance");
        odd = sample;
        assertThat(ImportPreview.of(odd, QuestionnaireReader.read(sent), TODAY).changes()).isEmpty();
        byte[] returned;
        try (Respondent r = new Respondent(sent)) {
            returned = r.type("GOV-01", Column.STATUS, "Inherited (acknowledged)").save();
        }
        ImportPreview preview = ImportPreview.of(odd, QuestionnaireReader.read(returned), TODAY);
        assertThat(preview.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.INVALID);
            assertThat(c.problems()).singleElement().satisfies(p -> assertThat(p.text())
                    .startsWith("'Inherited (acknowledged)' is not a status; choose one of: Implemented"));
        });
    }

    @Test
    void aDueDateInAWorkbookWithThe1904DateSystemImportsAsTheDateTheRespondentPicked() throws Exception {
        byte[] sent = export(sample, QuestionnaireExport.Selection.OPEN, null);
        LocalDate due = LocalDate.of(2027, 3, 31);
        byte[] returned;
        try (Respondent r = new Respondent(sent)) {
            var ct = r.wb.getCTWorkbook();
            (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
            r.type("GOV-01", Column.STATUS, "Partial").date("GOV-01", due);
            assertThat(r.cell("GOV-01", Column.DUE_DATE).getNumericCellValue()).as("stored as a 1904 serial number")
                    .isEqualTo(org.apache.poi.ss.usermodel.DateUtil.getExcelDate(due, true));
            returned = r.save();
        }
        ImportPreview preview = ImportPreview.of(sample, QuestionnaireReader.read(returned), TODAY);
        assertThat(preview.changes()).singleElement().satisfies(c ->
                assertThat(c.proposed().remediation().dueDate()).isEqualTo(due));
    }
}

package org.demarc.interop.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demarc.assessment.WordedApart.aws;
import static org.demarc.assessment.WordedApart.azure;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.demarc.assessment.WordedApart;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;

/**
 * A questionnaire of the AWS and Azure sample: the respondent reads each provider's question and
 * guidance, each named, and the instructions say why; the answers still come back.
 */
class MultiCloudQuestionnaireTest {
    private static final Instant EXPORTED = Instant.parse("2026-11-12T10:00:00Z");
    private static final Assessment SAMPLE = Samples.multicloud();
    private final QuestionnaireExport.Sent sent = QuestionnaireExport.send(SAMPLE, QuestionnaireExport.Selection.ALL,
            null, EXPORTED, "auditor");

    @Test
    void eachProvidersQuestionAndGuidanceIsInItsCell() throws Exception {
        Control question = WordedApart.asked(SAMPLE, Control::question);
        Control guidance = WordedApart.asked(SAMPLE, Control::guidance);
        try (Respondent r = new Respondent(sent.workbook())) {
            assertThat(r.cell(question.id(), Column.QUESTION).getStringCellValue()).isEqualTo(
                    "Amazon Web Services: " + aws(question, Control::question) + "\nMicrosoft Azure: "
                            + azure(question, Control::question));
            assertThat(r.cell(guidance.id(), Column.GUIDANCE).getStringCellValue()).isEqualTo(
                    "Amazon Web Services: " + aws(guidance, Control::guidance) + "\nMicrosoft Azure: "
                            + azure(guidance, Control::guidance));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(sent.workbook()))) {
            assertThat(instructionsText(wb)).contains("Your services in scope run on several clouds (Amazon Web Services, Microsoft Azure)");
        }
    }

    @Test
    void theAnswersStillComeBack() throws Exception {
        Control question = WordedApart.asked(SAMPLE, Control::question);
        Assessment out = sent.assessment();
        assertThat(ImportPreview.of(out, QuestionnaireReader.read(sent.workbook()), LocalDate.of(2026, 11, 20)).changes())
                .as("a questionnaire returned untouched changes nothing").isEmpty();
        byte[] returned;
        try (Respondent r = new Respondent(sent.workbook())) {
            returned = r.type(question.id(), Column.STATUS, "Partial")
                    .type(question.id(), Column.FINDING, "Done on AWS, not yet on Azure").save();
        }
        ImportPreview preview = ImportPreview.of(out, QuestionnaireReader.read(returned), LocalDate.of(2026, 11, 20));
        Assessment after = QuestionnaireImport.apply(out, preview, preview.safeChoices(), "returned.xlsx",
                Instant.parse("2026-11-20T09:00:00Z"), "auditor").assessment();
        assertThat(after.answers().get(question.id()).finding()).isEqualTo("Done on AWS, not yet on Azure");
        Set<String> changed = after.answers().keySet().stream()
                .filter(id -> !after.answers().get(id).equals(out.answers().get(id))).collect(Collectors.toSet());
        assertThat(changed).containsExactly(question.id());
    }

    private static String instructionsText(XSSFWorkbook wb) {
        StringBuilder b = new StringBuilder();
        for (Row row : wb.getSheetAt(0)) {
            row.forEach(cell -> b.append(cell.toString()).append('\n'));
        }
        return b.toString();
    }
}

package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demarc.assessment.WordedApart.aws;
import static org.demarc.assessment.WordedApart.azure;
import static org.demarc.assessment.WordedApart.flat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.demarc.assessment.WordedApart;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;

/**
 * The report, its Word copy and the handout of an assessment over AWS and Azure give each
 * provider's own wording of a control the two catalogs word apart, each named, as the Questions
 * step does; a report over one provider names none.
 */
class ProviderWordingInReportTest {
    private static final Assessment SAMPLE = Samples.multicloud();
    private static final Control QUESTION = WordedApart.asked(SAMPLE, Control::question);
    private static final Control GUIDANCE = WordedApart.asked(SAMPLE, Control::guidance);
    private static final Control CUSTOMER_PART = WordedApart.asked(SAMPLE, Control::customerPart);

    @Test
    void theReportsFindingsGiveEachProvidersQuestionAndCustomersPart() {
        String text = Reports.text(Reports.render(SAMPLE));
        assertThat(findingOf(text, QUESTION)).contains("Question Amazon Web Services: " + flat(aws(QUESTION, Control::question)),
                "Microsoft Azure: " + flat(azure(QUESTION, Control::question)));
        assertThat(findingOf(text, CUSTOMER_PART)).contains(
                "Amazon Web Services: " + flat(aws(CUSTOMER_PART, Control::customerPart)),
                "Microsoft Azure: " + flat(azure(CUSTOMER_PART, Control::customerPart)));
        assertThat(text).contains("The services in scope run on several clouds (Amazon Web Services, Microsoft Azure)");
    }

    @Test
    void theWordCopyGivesEachProvidersQuestion() throws Exception {
        byte[] docx = DocxTwinTest.docx(SAMPLE);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String tables = flat(doc.getTables().stream().map(XWPFTable::getText).collect(Collectors.joining("\n")));
            assertThat(tables).contains("Amazon Web Services: " + flat(aws(QUESTION, Control::question)),
                    "Microsoft Azure: " + flat(azure(QUESTION, Control::question)));
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n")))
                    .contains("The services in scope run on several clouds (Amazon Web Services, Microsoft Azure)");
        }
    }

    @Test
    void theHandoutGivesEachProvidersQuestionAndGuidance() {
        String text = Reports.text(HandoutTest.handout(SAMPLE, List.of(QUESTION.domainId(), GUIDANCE.domainId())));
        assertThat(findingOf(text, QUESTION)).contains("Question Amazon Web Services: " + flat(aws(QUESTION, Control::question)),
                "Microsoft Azure: " + flat(azure(QUESTION, Control::question)));
        assertThat(findingOf(text, GUIDANCE)).contains("Guidance Amazon Web Services: " + flat(aws(GUIDANCE, Control::guidance)),
                "Microsoft Azure: " + flat(azure(GUIDANCE, Control::guidance)));
        assertThat(text).contains("Your services in scope run on several clouds (Amazon Web Services, Microsoft Azure)");
    }

    @Test
    void overOneProviderNoWordingIsNamed() {
        Assessment one = Samples.webshop();
        String text = Reports.text(Reports.render(one));
        Control c = new org.demarc.assessment.analysis.AssessmentAnalysis(one).asked().get(0);
        assertThat(findingOf(text, c)).contains("Question " + flat(c.question()) + " Customer's part " + flat(c.customerPart()));
        assertThat(text).doesNotContain("several clouds");
        assertThat(Reports.text(HandoutTest.handout(one, List.of(c.domainId())))).contains("Question " + flat(c.question()) + " Guidance")
                .doesNotContain("several clouds");
    }

    /** The text of the control's block: from its heading, where its question follows, on. */
    private static String findingOf(String text, Control c) {
        int at = text.indexOf(c.id() + " " + flat(c.title()) + " Question ");
        assertThat(at).as(c.id() + " has a block with its question").isNotNegative();
        String block = text.substring(at);
        return block.substring(0, Math.min(block.length(), 3000));
    }
}

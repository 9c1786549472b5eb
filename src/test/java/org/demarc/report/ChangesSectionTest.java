package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.TreeSet;

import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;

/** The report compares the previous assessment itself and words the changes like {@code demarc diff}. */
class ChangesSectionTest {
    private static String render(Assessment now, Assessment previous) throws IOException {
        ReportOptions options = previous == null ? ReportOptions.defaults() : ReportOptions.defaults().comparedWith(previous);
        return Reports.text(new ReportExporter().render(now, options, ProgressListener.NONE, () -> false));
    }

    @Test
    void theSectionListsScopeAndAnswerChangesAndTheCoverage() throws Exception {
        Assessment before = Samples.webshop();
        TreeSet<String> scope = new TreeSet<>(before.scope());
        scope.remove("aws.cloudfront");
        Assessment now = before.withScope(scope)
                .withAnswer("NET-01", before.answers().get("NET-01").withStatus(AnswerStatus.IMPLEMENTED));
        String text = render(now, before);
        assertThat(text).contains("Changes since the previous assessment",
                "Services removed from the scope (1): • aws.cloudfront",
                "Answers improved (1): • NET-01 Security group and firewall configuration: Not implemented -> Implemented",
                "Closed gaps (1): • NET-01",
                "Coverage: 14% -> 16%");
        assertThat(text.indexOf("Answers improved")).as("the changes come after the action plan")
                .isGreaterThan(text.lastIndexOf("Action plan"));
    }

    @Test
    void noChangesSaysSoAndNoPreviousMeansNoSection() throws Exception {
        Assessment a = Samples.webshop();
        assertThat(render(a, a)).contains("Changes since the previous assessment",
                "Nothing changed in scope, responsibilities or answers.");
        assertThat(render(a, null)).doesNotContain("Changes since the previous assessment");
    }

    @Test
    void theSameInputsGiveTheSameBytes() throws Exception {
        Assessment before = Samples.webshop();
        Assessment now = before.withAnswer("NET-01", Answer.of(AnswerStatus.IMPLEMENTED));
        ReportOptions options = ReportOptions.defaults().comparedWith(before);
        assertThat(new ReportExporter().render(now, options, ProgressListener.NONE, () -> false))
                .isEqualTo(new ReportExporter().render(now, options, ProgressListener.NONE, () -> false));
    }
}

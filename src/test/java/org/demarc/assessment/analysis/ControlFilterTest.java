package org.demarc.assessment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

import org.demarc.catalog.BuiltInCatalog;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.model.Engagement;
import org.demarc.model.EvidenceReference;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.demarc.model.ProviderEvidence;
import org.demarc.model.Remediation;
import org.junit.jupiter.api.Test;

class ControlFilterTest {
    private static final ProviderEvidence SOC2 = new ProviderEvidence("SOC 2", "Auditor", null, null, null, "", "");

    private final Assessment base = Assessment.create(Engagement.empty().withTitle("T").withClient("C"),
            BuiltInCatalog.load(), new HistoryEvent(Instant.EPOCH, HistoryKind.CREATED, "", ""))
            .withScope(new TreeSet<>(List.of("aws.ec2", "aws.s3")));

    private final AssessmentAnalysis an = new AssessmentAnalysis(base
            .withAnswer("NET-01", Answer.of(AnswerStatus.NOT_IMPLEMENTED).withFinding("SSH open to the world")
                    .withOwner("Network team").withFlagged(true))
            .withAnswer("IAM-01", Answer.of(AnswerStatus.PARTIAL)
                    .withRemediation(new Remediation("Enforce MFA", "Identity team", null))
                    .withEvidence(List.of(new EvidenceReference("evidence/mfa.png", "", 1, ""))))
            .withAnswer("PAT-02", Answer.of(AnswerStatus.IMPLEMENTED).withOwner("network TEAM"))
            .withAnswer("PHY-01", Answer.of(AnswerStatus.INHERITED).withProviderEvidence(List.of(SOC2))));

    private List<String> ids(ControlFilter f) {
        return f.apply(an).stream().map(Control::id).toList();
    }

    @Test
    void theEmptyFilterShowsTheWholeWorkList() {
        assertThat(ControlFilter.ALL.isEmpty()).isTrue();
        assertThat(ControlFilter.ALL.withText("  ").isEmpty()).isTrue();
        assertThat(ControlFilter.ALL.withGap(true).isEmpty()).isFalse();
        assertThat(ControlFilter.ALL.apply(an)).isEqualTo(an.workList());
    }

    @Test
    void textMatchesEveryWordInIdTitleQuestionGuidanceOrFindingIgnoringCase() {
        assertThat(ids(ControlFilter.ALL.withText("ssh WORLD"))).containsExactly("NET-01");
        assertThat(ids(ControlFilter.ALL.withText("ssh moon"))).isEmpty();
        assertThat(ids(ControlFilter.ALL.withText("net-01"))).contains("NET-01");
        Control iam = an.workList().stream().filter(c -> c.id().equals("IAM-01")).findFirst().orElseThrow();
        String titleWord = iam.title().split(" ")[0];
        assertThat(ids(ControlFilter.ALL.withText(titleWord.toUpperCase()))).contains("IAM-01");
        String guidanceWord = iam.guidance().split(" ")[iam.guidance().split(" ").length - 1];
        assertThat(ids(ControlFilter.ALL.withText(guidanceWord))).contains("IAM-01");
    }

    @Test
    void domainStatusAndOwnerCombine() {
        assertThat(ids(ControlFilter.ALL.withDomainId("identity"))).isNotEmpty()
                .allSatisfy(id -> assertThat(id).startsWith("IAM-"));
        assertThat(ids(ControlFilter.ALL.withStatus(AnswerStatus.PARTIAL))).containsExactly("IAM-01");
        assertThat(ids(ControlFilter.ALL.withOwner("network team"))).containsExactlyInAnyOrder("NET-01", "PAT-02");
        assertThat(ids(ControlFilter.ALL.withOwner("Identity team"))).as("the remediation owner counts too")
                .containsExactly("IAM-01");
        assertThat(ids(ControlFilter.ALL.withOwner("network team").withStatus(AnswerStatus.IMPLEMENTED)))
                .containsExactly("PAT-02");
        assertThat(ids(ControlFilter.ALL.withDomainId("identity").withStatus(AnswerStatus.NOT_IMPLEMENTED))).isEmpty();
        assertThat(ControlFilter.owners(an)).as("one entry per name, whatever its case")
                .extracting(String::toLowerCase).containsExactly("identity team", "network team");
    }

    @Test
    void gapEvidenceFlagAndUnanswered() {
        assertThat(ids(ControlFilter.ALL.withGap(true))).containsExactly("NET-01", "IAM-01");
        assertThat(ids(ControlFilter.ALL.withFlagged(true))).containsExactly("NET-01");
        List<String> noEvidence = ids(ControlFilter.ALL.withNoEvidence(true));
        assertThat(noEvidence).contains("NET-01", "PAT-02").doesNotContain("IAM-01", "PHY-01");
        assertThat(noEvidence).hasSize(an.workList().size() - 2);
        assertThat(ids(ControlFilter.ALL.withUnanswered(true))).doesNotContain("NET-01", "IAM-01", "PAT-02", "PHY-01")
                .hasSize(an.workList().size() - 4);
        assertThat(ids(ControlFilter.ALL.withGap(true).withNoEvidence(true))).containsExactly("NET-01");
    }

    @Test
    void aControlIdIsFoundExactlyIgnoringCaseAndSpaces() {
        assertThat(ControlFilter.byId(an, " iam-01 ")).map(Control::id).hasValue("IAM-01");
        assertThat(ControlFilter.byId(an, "IAM-0")).isEmpty();
        assertThat(ControlFilter.byId(an, "")).isEmpty();
    }
}

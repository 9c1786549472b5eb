package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.demarc.model.Assessment;
import org.demarc.model.Attendee;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;

/** The method section names the workshop attendees; a finding says who confirmed it. */
class AttendeesInReportTest {
    @Test
    void methodListsTheAttendeesAndTheFindingWhoConfirmedIt() {
        Assessment a = Samples.webshop();
        a = a.withEngagement(a.engagement().withAttendees(List.of(
                new Attendee("Priya Raman", "Head of platform", "Northwind Retail GmbH"),
                new Attendee("Tomás Ibarra", "Security engineer", ""))));
        a = a.withAnswer("IAM-01", a.answers().get("IAM-01").withConfirmedBy("Priya Raman"));
        byte[] pdf = Reports.render(a);
        Reports.write("sample-attendees.pdf", pdf);
        String text = Reports.text(pdf);

        String method = text.substring(text.lastIndexOf("Method"), text.lastIndexOf("Catalog fingerprint"));
        assertThat(method).contains("Workshop attendees", "Name Role Organisation",
                "Priya Raman Head of platform Northwind Retail GmbH", "Tomás Ibarra Security engineer \u2013");
        assertThat(text).contains("Confirmed by Priya Raman (Head of platform)");
    }

    @Test
    void aReportWithoutAttendeesHasNoSuchList() {
        String text = Reports.text(Reports.render(Samples.webshop()));
        assertThat(text).doesNotContain("Workshop attendees", "Confirmed by");
    }
}

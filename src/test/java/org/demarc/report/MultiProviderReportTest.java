package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.demarc.model.Assessment;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;

/**
 * The report of an assessment over several providers: scope provider by provider, each catalog in
 * the appendix with its credit, and each inherited control with every provider's part and each
 * evidence entry's provider.
 */
class MultiProviderReportTest {
    private static final Assessment SAMPLE = Samples.multicloud();
    private static final String TEXT = Reports.text(Reports.render(SAMPLE)).replaceAll("\\s+", " ");

    @Test
    void theScopeGoesProviderByProvider() {
        int aws = TEXT.indexOf("Services on Amazon Web Services");
        int azure = TEXT.indexOf("Services on Microsoft Azure");
        assertThat(aws).isPositive();
        assertThat(azure).isGreaterThan(aws);
        assertThat(TEXT.substring(aws, azure)).contains("aws.rds").doesNotContain("azure.appservice");
        assertThat(TEXT.substring(azure)).contains("azure.appservice");
    }

    @Test
    void theAppendixListsEachCatalogAndCreditsMicrosoft() {
        String appendix = TEXT.substring(TEXT.lastIndexOf("the assessment combines 2 catalogs"));
        assertThat(appendix).contains("AWS shared responsibility catalog (id aws), version 2026.12.3",
                "Azure shared responsibility catalog (id azure), version 2026.12.2",
                "Credit: Adapted from the Microsoft cloud security benchmark and Azure security baselines, © Microsoft, CC BY 4.0",
                "each service's responsibilities come from its own provider's catalog");
        assertThat(appendix).contains("Microsoft Azure: ").contains("Amazon Web Services: ");
    }

    @Test
    void inheritedControlsShowEachProvidersPartAndWhichProviderEachReportIsFor() {
        String section = TEXT.substring(TEXT.lastIndexOf("Inherited controls and provider evidence"));
        String phy = section.substring(section.indexOf("PHY-01 Physical and environmental security"));
        phy = phy.substring(0, phy.indexOf("PHY-02"));
        assertThat(phy).contains("The provider (Amazon Web Services): AWS restricts",
                "The provider (Microsoft Azure): Microsoft restricts");
        assertThat(phy).containsPattern("Provider Report Issuer Period covered Obtained Source Amazon Web Services "
                + "AWS SOC 2 Type II report .* 2025-10-01 to 2026-09-30");
        assertThat(phy).containsPattern("Microsoft Azure Azure SOC 2 Type 2 report");
    }
}

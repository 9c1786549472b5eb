package org.demarc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

import org.demarc.catalog.BuiltInCatalog;
import org.demarc.model.Assessment;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;

/** A catalog adapted from licensed material (the Azure catalog, CC BY 4.0) is credited in the report's appendix. */
class CatalogCreditInReportTest {
    @Test
    void theAppendixCreditsMicrosoftForTheAzureCatalogAndNothingForAws() throws Exception {
        Assessment sample = Samples.webshop();
        Assessment azure = new Assessment(sample.engagement(), BuiltInCatalog.load(BuiltInCatalog.AZURE),
                new TreeSet<>(List.of("azure.appservice", "azure.sqldatabase", "azure.blobstorage")), new TreeMap<>(),
                null, sample.history());
        String text = Reports.text(Reports.render(azure)).replaceAll("\\s+", " ");
        String catalogSection = text.substring(text.lastIndexOf("Azure shared responsibility catalog (id azure)"));
        assertThat(catalogSection).contains("Credit: Adapted from the Microsoft cloud security benchmark and Azure "
                + "security baselines, © Microsoft, CC BY 4.0")
                .contains("rests on the Microsoft Azure page").doesNotContain("AWS page");
        assertThat(Reports.text(Reports.render(sample))).doesNotContain("Credit:");
    }
}

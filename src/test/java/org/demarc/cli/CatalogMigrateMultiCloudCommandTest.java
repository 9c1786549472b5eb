package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.demarc.catalog.BuiltInCatalog;
import org.demarc.catalog.CatalogJson;
import org.demarc.fixtures.MultiCloudVersions;
import org.demarc.io.JsonOut;
import org.demarc.model.Assessment;
import org.demarc.model.Catalog;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.demarc.project.ProjectReader;
import org.demarc.project.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demarc catalog migrate} on the multi-cloud sample: one provider's part moves, the other stays. */
class CatalogMigrateMultiCloudCommandTest {
    private static final String AWS_NAME = "AWS shared responsibility catalog";
    private static final String AZURE_NAME = "Azure shared responsibility catalog";
    private static final String AZURE_VERSION = MultiCloudVersions.sampleAzure().version();

    @TempDir
    Path dir;
    Path project;
    Path azureNext;
    Path moved;
    byte[] before;
    Assessment sample;

    @BeforeEach
    void files() throws Exception {
        project = Files.write(dir.resolve("webshop-multicloud.demarc"), Samples.multicloudBytes());
        before = Files.readAllBytes(project);
        sample = new ProjectReader().read(project).value();
        azureNext = Files.writeString(dir.resolve("azure-next.json"),
                JsonOut.write(CatalogJson.write(MultiCloudVersions.azureNext())));
        moved = dir.resolve("moved.demarc");
    }

    @Test
    void theAzurePartMovesToAUserCatalogAndTheAwsPartStaysAsItWas() throws Exception {
        CliRunner r = CliRunner.run("catalog", "migrate", project.toString(), "--to", azureNext.toString(),
                "-o", moved.toString(), "--actor", "Sam Okafor");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).isEmpty();
        String aws = sample.catalog().parts().get(0).version();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).startsWith("Wrote " + moved + ": '" + sample.engagement().title()
                        + "' moved provider part by provider part:",
                "  Amazon Web Services: '" + AWS_NAME + "' version " + aws + ", kept as it was",
                "  Microsoft Azure: '" + AZURE_NAME + "' version " + AZURE_VERSION + " -> '" + AZURE_NAME + "' version "
                        + MultiCloudVersions.NEXT,
                "Kept 9 of 9 answers and 9 of 10 services in scope.");
        assertThat(lines).containsSubsequence("Services of Microsoft Azure dropped from scope, they are not in its"
                        + " new catalog (1):", "  azure.waf");
        assertThat(r.out()).doesNotContain("Services of Amazon Web Services");
        int review = lines.indexOf("Controls to review; their answers are flagged (1):");
        assertThat(review).isPositive();
        assertThat(lines.subList(review + 1, review + 4)).containsExactly(
                "  NET-02 on azure.appservice: Customer (category default) -> Shared (service override)",
                "      because: " + MultiCloudVersions.RATIONALE,
                "      source: " + MultiCloudVersions.PAGE.title() + ", " + MultiCloudVersions.PAGE.url()
                        + " (checked 2027-01-05)");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);

        Assessment a = new ProjectReader().read(moved).value();
        assertThat(a.catalog().parts()).containsExactly(sample.catalog().parts().get(0),
                MultiCloudVersions.azureNext());
        assertThat(a.scope()).doesNotContain("azure.waf").contains("aws.rds", "azure.appservice");
        assertThat(MultiCloudVersions.changedAnswers(sample, a)).containsExactly("NET-02");
        assertThat(a.answers().get("NET-02")).isEqualTo(sample.answers().get("NET-02").withFlagged(true));
        HistoryEvent last = a.history().get(a.history().size() - 1);
        assertThat(last.kind() + " by " + last.actor()).isEqualTo(HistoryKind.MIGRATED + " by Sam Okafor");
        assertThat(last.detail()).startsWith("Moved the Microsoft Azure part from catalog '" + AZURE_NAME
                + "' version " + AZURE_VERSION + " to '" + AZURE_NAME + "' version " + MultiCloudVersions.NEXT + ": 9 answers"
                + " kept, 0 dropped, 1 services dropped from scope, 1 controls to review");
        CliRunner valid = CliRunner.run("validate", moved.toString());
        assertThat(valid.exitCode()).as(valid.err()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void withoutToEveryPartMovesBackToItsBuiltInCatalog() throws Exception {
        CliRunner first = CliRunner.run("catalog", "migrate", project.toString(), "--to", azureNext.toString(),
                "-o", moved.toString());
        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
        Path back = dir.resolve("back.demarc");
        CliRunner r = CliRunner.run("catalog", "migrate", moved.toString(), "-o", back.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out().lines()).contains(
                "  Amazon Web Services: '" + AWS_NAME + "' version " + BuiltInCatalog.load("aws").version()
                        + ", kept as it was",
                "  Microsoft Azure: '" + AZURE_NAME + "' version " + MultiCloudVersions.NEXT + " -> '" + AZURE_NAME
                        + "' version " + BuiltInCatalog.load("azure").version(),
                "  NET-02 on azure.appservice: Shared (service override) -> Customer (category default)");
        Assessment a = new ProjectReader().read(back).value();
        assertThat(a.catalog().parts()).containsExactly(BuiltInCatalog.load("aws"), BuiltInCatalog.load("azure"));
    }

    @Test
    void aBuiltInNameReplacesThePartOfItsProviderOnly() throws Exception {
        CliRunner r = CliRunner.run("catalog", "migrate", project.toString(), "--to", "azure", "-o",
                moved.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Microsoft Azure: '" + AZURE_NAME + "' version " + AZURE_VERSION + ", kept as it was")
                .doesNotContain("Controls to review").doesNotContain("dropped");
        Assessment a = new ProjectReader().read(moved).value();
        assertThat(a.catalog()).isEqualTo(sample.catalog());
        assertThat(a.answers()).isEqualTo(sample.answers());
    }

    @Test
    void aCatalogOfAProviderTheProjectLacksIsRefused() {
        CliRunner r = CliRunner.run("catalog", "migrate", project.toString(), "--to", "gcp", "-o", moved.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains(project.toString(), "'gcp' is a catalog of Google Cloud, and this project has"
                + " no Google Cloud part (it combines Amazon Web Services, Microsoft Azure)");
        assertThat(moved).doesNotExist();
    }

    @Test
    void twoCatalogsForOneProviderAreRefused() {
        CliRunner r = CliRunner.run("catalog", "migrate", project.toString(), "--to", "azure", "--to",
                azureNext.toString(), "-o", moved.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains(azureNext.toString(), "'azure' and '" + azureNext + "' are both catalogs of"
                + " Microsoft Azure; give one --to per provider");
        assertThat(moved).doesNotExist();
    }

    @Test
    void aUserCatalogForAPartIsValidatedAsAnyOther() throws Exception {
        Path broken = Files.writeString(dir.resolve("azure-broken.json"), Files.readString(azureNext)
                .replace("\"control\": \"NET-02\"", "\"control\": \"NET-77\""));
        CliRunner r = CliRunner.run("catalog", "migrate", project.toString(), "--to", broken.toString(),
                "-o", moved.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains(broken.toString()).contains("NET-77");
        assertThat(moved).doesNotExist();
    }

    @Test
    void aPartWhoseControlsNoLongerAgreeWithTheOthersIsRefused() throws Exception {
        Catalog next = MultiCloudVersions.azureNext();
        Path retitled = Files.writeString(dir.resolve("azure-retitled.json"), JsonOut.write(CatalogJson.write(next))
                .replace("\"title\": \"" + next.control("NET-02").orElseThrow().title() + "\"",
                        "\"title\": \"Network segmentation, renamed\""));
        CliRunner r = CliRunner.run("catalog", "migrate", project.toString(), "--to", retitled.toString(),
                "-o", moved.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("the moved parts cannot share one assessment: control NET-02 has a different"
                + " title");
        assertThat(moved).doesNotExist();
    }

    @Test
    void aSingleProviderProjectTakesOneTarget() throws Exception {
        Path aws = Files.write(dir.resolve("webshop.demarc"), Samples.webshopBytes());
        CliRunner r = CliRunner.run("catalog", "migrate", aws.toString(), "--to", "aws", "--to", "aws", "-o",
                moved.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("this project uses one catalog (Amazon Web Services), so it moves to one"
                + " catalog, but --to was given 2 times");
        assertThat(moved).doesNotExist();
    }
}

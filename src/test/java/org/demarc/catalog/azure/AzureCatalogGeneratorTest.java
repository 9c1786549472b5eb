package org.demarc.catalog.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Azure catalog generator: the host-access test, reading a baseline workbook, and reproducing the shipped file. */
class AzureCatalogGeneratorTest {
    private static final Path REPO = Path.of(".");
    private static final Path BASELINES = Path.of("../shared/data/microsoft-security-baselines-3.0");

    @Test
    void hostAccessDecidesTheProposedCategory() {
        assertThat(List.of(HostAccess.category("Full Access"), HostAccess.category("Read Only"),
                HostAccess.category("No Access"))).containsExactly("INFRASTRUCTURE", "CONTAINER", "ABSTRACTED");
        assertThat(HostAccess.isDecisive("Read Only")).isFalse();
    }

    @Test
    void aWorkbookGivesItsProfileAndTheRowsThatProveACustomerShare(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet profile = wb.createSheet("Security Profile");
            row(profile, 0, "Behavior Attribute", "Description", "Value");
            row(profile, 1, BaselineWorkbook.HOST_ACCESS, "...", "Full Access");
            row(profile, 2, BaselineWorkbook.STORES_CONTENT, "...", "False");
            Sheet features = wb.createSheet("Feature Summary");
            row(features, 0, "Control Domain", "ASB Control ID", "Title", "Guidance", "Responsibility", "Feature Name",
                    "Feature Description", "Feature Supported");
            row(features, 1, "Endpoint security", "ES-2", "t", "g", "Customer", "Anti-Malware Solution", "d", "True");
            row(features, 2, "Endpoint security", "ES-1", "t", "g", "Not Applicable", "EDR Solution", "d", "Not Applicable");
            wb.write(out);
        }
        BaselineWorkbook wb = BaselineWorkbook.read(file);
        assertThat(wb.hostAccess()).isEqualTo("Full Access");
        assertThat(wb.storesContent()).isFalse();
        assertThat(wb.rows()).extracting(BaselineWorkbook.FeatureRow::customerShare).containsExactly(true, false);
        BenchmarkMapping mapping = BenchmarkMapping.read(REPO.resolve("src/tools/data/azure/mcsb-mapping.tsv"));
        assertThat(mapping.find(wb.rows().get(0)).orElseThrow().proposes()).containsExactly("PLT-02");
    }

    @Test
    void runningItAgainReproducesTheShippedCatalog() throws Exception {
        assumeTrue(Files.isDirectory(BASELINES), "Microsoft's baselines are not beside the repository");
        AzureCatalogGenerator g = new AzureCatalogGenerator(REPO.resolve("src/tools/data/azure"), BASELINES);
        String generated = AzureCatalogGenerator.asTheProgramWritesIt(g.generate(new ObjectMapper().readTree(
                REPO.resolve("src/main/resources/org/demarc/catalog/aws.json").toFile())));
        assertThat(generated).as("azure.json was edited by hand or its inputs changed: run -Pazure-catalog")
                .isEqualTo(Files.readString(REPO.resolve("src/main/resources/org/demarc/catalog/azure.json"),
                        StandardCharsets.UTF_8));
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row r = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            r.createCell(i).setCellValue(cells[i]);
        }
    }
}

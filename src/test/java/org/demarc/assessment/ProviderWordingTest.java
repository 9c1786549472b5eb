package org.demarc.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.demarc.catalog.BuiltInCatalog;
import org.demarc.interop.questionnaire.Column;
import org.demarc.interop.questionnaire.QuestionnaireExport;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;

/** Who does what over several providers: each provider's own words, or the words once when alike. */
class ProviderWordingTest {
    private final Assessment multicloud = Samples.multicloud();

    @Test
    void everyControlNamesEachProviderExactlyWhenTheirWordsDiffer() {
        for (Control c : multicloud.catalog().controls()) {
            String aws = BuiltInCatalog.load("aws").control(c.id()).orElseThrow().customerPart();
            String azure = BuiltInCatalog.load("azure").control(c.id()).orElseThrow().customerPart();
            String shown = ProviderWording.of(multicloud, c, Control::customerPart);
            if (aws.equals(azure)) {
                assertThat(shown).as(c.id()).isEqualTo(aws);
            } else {
                assertThat(shown).as(c.id()).isEqualTo("Amazon Web Services: " + aws + "\nMicrosoft Azure: " + azure);
            }
        }
        Control one = Samples.webshop().catalog().control("PHY-01").orElseThrow();
        assertThat(ProviderWording.of(Samples.webshop(), one, Control::customerPart)).isEqualTo(one.customerPart());
    }

    @Test
    void theQuestionnaireGivesTheClientEachProvidersWords() throws Exception {
        QuestionnaireExport.Sent sent = QuestionnaireExport.send(multicloud, QuestionnaireExport.Selection.ALL, null,
                Instant.EPOCH, "tester");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(sent.workbook()))) {
            boolean named = false;
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    var cell = row.getCell(Column.CUSTOMER_PART.ordinal());
                    named |= row.getRowNum() > 0 && cell != null
                            && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && cell.getStringCellValue().contains("Microsoft Azure: ");
                }
            }
            assertThat(named).as("some control is worded differently by Azure and says so").isTrue();
        }
    }
}

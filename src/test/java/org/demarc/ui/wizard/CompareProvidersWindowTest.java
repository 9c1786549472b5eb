package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.demarc.model.Control;
import org.demarc.model.Service;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Compare providers from the Services step: Alt+M opens the selected service beside its
 * equivalents on Azure and Google Cloud, a row per control and a column per provider's service,
 * cells lettered and coloured as in the matrix, the selected cell's reason and page underneath.
 */
class CompareProvidersWindowTest extends WindowTest {
    private Stage comparison() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> w.getScene() != null && w.getScene().lookup("#compare-providers-table") != null));
        WaitForAsyncUtils.waitForFxEvents();
        return (Stage) robot.listWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().lookup("#compare-providers-table") != null)
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Control> table(Window w) {
        return (TableView<Control>) w.getScene().lookup("#compare-providers-table");
    }

    private void selectService(String id) {
        ListView<Service> list = robot.lookup("#services-list").queryListView();
        robot.interact(() -> {
            Service s = list.getItems().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            list.getSelectionModel().select(s);
            list.scrollTo(s);
            list.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void altMOpensTheSelectedServiceBesideItsEquivalents() throws Exception {
        openWindow(Locale.US, "#start-sample");
        robot.clickOn("3. Services");
        Button compare = robot.lookup("#services-compare").queryButton();
        assertThat(((javafx.scene.text.Text) compare.lookup(".text")).getText()).isEqualTo("Compare providers…");
        selectService("aws.rds");
        robot.push(new KeyCodeCombination(KeyCode.M, KeyCombination.ALT_DOWN));
        Stage stage = comparison();
        assertThat(stage.getTitle()).isEqualTo("Compare providers: Amazon RDS");
        TableView<Control> table = table(stage);
        List<String> headers = table.getColumns().stream().map(TableColumn::getText).toList();
        assertThat(headers).startsWith("Control", "Title", "Amazon RDS\nAmazon Web Services")
                .contains("Azure SQL Database\nMicrosoft Azure", "Cloud SQL\nGoogle Cloud");
        assertThat(table.getItems()).hasSize(61);
        assertThat(((Label) stage.getScene().lookup("#compare-providers-paired")).getText())
                .contains("AWS to Azure services comparison").contains("Compare AWS and Azure services to Google Cloud");

        int row = indexOf(table, "PAT-02");
        int cloudSql = headers.indexOf("Cloud SQL\nGoogle Cloud");
        robot.interact(() -> {
            table.scrollTo(row);
            table.getSelectionModel().clearAndSelect(row, table.getColumns().get(2));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label reason = (Label) stage.getScene().lookup("#compare-providers-reason");
        assertThat(reason.getText()).startsWith("PAT-02 Guest operating system updates and security patches on Amazon RDS")
                .contains("because the service overrides its category default");
        assertThat(((Label) stage.getScene().lookup("#compare-providers-source")).getText()).contains("aws.amazon.com");
        assertThat(shownCell(stage, "PAT-02", 2)).isEqualTo("S *");
        robot.interact(() -> table.getSelectionModel().clearAndSelect(row, table.getColumns().get(cloudSql)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reason.getText()).contains("on Cloud SQL\nGoogle Cloud");

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.isShowing());
    }

    @Test
    void theViewMenuComparesTheSelectedService() throws Exception {
        openWindow(Locale.US, "#start-sample");
        robot.clickOn("3. Services");
        selectService("aws.ec2");
        robot.clickOn("View").clickOn("#menu-compare-providers");
        Stage stage = comparison();
        assertThat(stage.getTitle()).isEqualTo("Compare providers: Amazon EC2");
        assertThat(table(stage).getColumns()).extracting(TableColumn::getText).containsExactly("Control", "Title",
                "Amazon EC2\nAmazon Web Services", "Azure Virtual Machines\nMicrosoft Azure", "Compute Engine\nGoogle Cloud");
        assertThat(shownCell(stage, "PAT-02", 2)).isEqualTo("C");
        assertThat(shownCell(stage, "PHY-01", 4)).isEqualTo("P");
    }

    private static int indexOf(TableView<Control> table, String controlId) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id().equals(controlId)) {
                return i;
            }
        }
        throw new AssertionError(controlId);
    }

    /** The text the table shows in that control's row and column, scrolled into view first. */
    private String shownCell(Stage stage, String controlId, int column) {
        TableView<Control> table = table(stage);
        int row = indexOf(table, controlId);
        robot.interact(() -> table.scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();
        return table.lookupAll(".matrix-cell").stream().map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .filter(c -> c.getIndex() == row && c.getTableColumn() == table.getColumns().get(column))
                .map(javafx.scene.control.TableCell::getText).findFirst().orElseThrow();
    }
}

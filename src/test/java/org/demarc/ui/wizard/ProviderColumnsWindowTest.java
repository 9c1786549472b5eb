package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import org.assertj.core.data.Offset;
import org.demarc.model.Control;
import org.demarc.model.Service;
import org.demarc.project.Samples;
import org.demarc.ui.MatrixBuilt;
import org.demarc.ui.MatrixOnScreen;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Responsibility step over several providers: the service columns sit under a column per
 * provider, named as its catalog names it, in the catalog's order; the frozen Control and Title
 * columns keep their rows on the same pixel rows as the services under the taller header.
 */
class ProviderColumnsWindowTest extends WindowTest {
    private TableView<Control> table(String id) {
        return MatrixOnScreen.table(robot, id);
    }

    private static Bounds screen(Node n) {
        return MatrixOnScreen.screen(n);
    }

    private void openMatrix(String startButton) throws Exception {
        openWindow(Locale.US, startButton);
        robot.clickOn("4. Responsibility");
        MatrixBuilt.await();
    }

    /** The provider headers on screen, by their text, with the service columns under each. */
    private Map<String, List<String>> providerHeadersShown(TableView<Control> services) {
        Map<String, List<String>> shown = new LinkedHashMap<>();
        for (TableColumn<Control, ?> provider : services.getColumns()) {
            Node header = header(services, provider);
            assertThat(header.isVisible()).isTrue();
            Label label = (Label) provider.getGraphic();
            assertThat(label.getTooltip().getText()).isEqualTo(label.getText());
            Bounds over = screen(header);
            List<String> under = provider.getColumns().stream().map(TableColumn::getId).toList();
            for (String serviceId : under) {
                Bounds service = screen(header(services, provider.getColumns().stream()
                        .filter(c -> c.getId().equals(serviceId)).findFirst().orElseThrow()));
                // Drawn under its provider: within its width, below its name.
                assertThat(service.getMinX()).isGreaterThanOrEqualTo(over.getMinX() - 0.5);
                assertThat(service.getMinX()).isLessThan(over.getMaxX());
                assertThat(service.getMinY()).isGreaterThanOrEqualTo(over.getMaxY() - 0.5);
            }
            shown.put(label.getText(), under);
        }
        return shown;
    }

    /** The header drawn for the column. */
    private static Node header(TableView<Control> table, TableColumn<Control, ?> column) {
        return table.lookupAll(".column-header").stream()
                .filter(n -> n instanceof TableColumnHeader h && h.getTableColumn() == column)
                .findFirst().orElseThrow(() -> new AssertionError("no header for " + column.getId()));
    }

    private TableCell<?, ?> cell(String table, String columnId, int row) {
        return robot.lookup(table + " .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId()))
                .filter(c -> c.getIndex() == row && c.isVisible() && c.getParent() != null && c.getParent().isVisible())
                .findFirst().orElseThrow();
    }

    @Test
    void overSeveralProvidersTheServicesSitUnderTheirProviderInCatalogOrder() throws Exception {
        Path file = dir.resolve("webshop-multicloud.demarc");
        Files.write(file, Samples.multicloudBytes());
        dialogs.openTargets.add(file);
        openMatrix("#start-open");
        TableView<Control> services = table("#matrix-table");

        Map<String, List<String>> first = providerHeadersShown(services);
        List<String> inScope = session.assessment().catalog().services().stream().map(Service::id)
                .filter(session.assessment().scope()::contains).toList();
        List<String> aws = inScope.stream().filter(id -> id.startsWith("aws.")).toList();
        List<String> azure = inScope.stream().filter(id -> id.startsWith("azure.")).toList();
        assertThat(aws).hasSize(5);
        assertThat(azure).hasSize(5);
        assertThat(first.keySet()).first().isEqualTo("Amazon Web Services");
        assertThat(first.get("Amazon Web Services")).isEqualTo(aws.subList(0, first.get("Amazon Web Services").size()));

        // The frozen columns' header is as high as both header rows, so a row is one line across both tables.
        Node fixedHeader = robot.lookup("#matrix-fixed .column-header-background").query();
        Node servicesHeader = services.lookup(".column-header-background");
        assertThat(screen(fixedHeader).getHeight()).isCloseTo(screen(servicesHeader).getHeight(), Offset.offset(0.5));
        for (int row : new int[] {0, 3}) {
            Bounds control = screen(cell("#matrix-fixed", "matrix-control", row));
            Bounds service = screen(cell("#matrix-table", aws.get(0), row));
            assertThat(control.getMinY()).as("row %d", row).isCloseTo(service.getMinY(), Offset.offset(0.5));
            assertThat(control.getMaxY()).as("row %d", row).isCloseTo(service.getMaxY(), Offset.offset(0.5));
        }

        // Right at the last column moves the window: every Azure service comes under Microsoft Azure.
        robot.clickOn(cell("#matrix-table", aws.get(0), 0));
        Set<String> underAzure = new LinkedHashSet<>();
        Set<String> underAws = new LinkedHashSet<>(first.get("Amazon Web Services"));
        for (int i = 0; i < 9; i++) {
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
            Map<String, List<String>> shown = providerHeadersShown(services);
            assertThat(shown.keySet()).isSubsetOf("Amazon Web Services", "Microsoft Azure").first()
                    .isEqualTo(shown.containsKey("Amazon Web Services") ? "Amazon Web Services" : "Microsoft Azure");
            underAws.addAll(shown.getOrDefault("Amazon Web Services", List.of()));
            underAzure.addAll(shown.getOrDefault("Microsoft Azure", List.of()));
        }
        assertThat(services.getFocusModel().getFocusedCell().getTableColumn().getId()).isEqualTo(azure.get(4));
        assertThat(underAws).containsExactlyElementsOf(aws);
        assertThat(underAzure).containsExactlyElementsOf(azure);

        // The CSV of what is shown names each service's provider in a row under the header.
        Path csv = dir.resolve("matrix.csv");
        dialogs.fileTargets.add(csv);
        robot.clickOn("#matrix-export-csv");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> Files.exists(csv));
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).endsWith(String.join(",", inScope));
        assertThat(lines.get(1)).isEqualTo("provider,,,," + String.join(",",
                inScope.stream().map(id -> id.startsWith("aws.") ? "Amazon Web Services" : "Microsoft Azure").toList()));
    }

    @Test
    void overOneProviderTheServiceColumnsHaveNoProviderAbove() throws Exception {
        openMatrix("#start-sample");
        TableView<Control> services = table("#matrix-table");
        assertThat(services.getColumns()).isNotEmpty().allMatch(c -> c.getColumns().isEmpty())
                .isEqualTo(services.getVisibleLeafColumns());
        assertThat(services.lookupAll(".matrix-provider")).isEmpty();
    }
}

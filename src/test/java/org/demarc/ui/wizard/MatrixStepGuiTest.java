package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;
import org.demarc.fixtures.LargeFixture;
import org.demarc.model.Control;
import org.demarc.ui.MatrixBuilt;
import org.demarc.ui.MatrixOnScreen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Responsibility step with every built-in service in scope, on a projector-sized window, headless. */
class MatrixStepGuiTest extends WindowTest {
    @BeforeEach
    void open() throws Exception {
        // The projector: the window as small as the room's screen (the fixture's 1024×700).
        openWindowWith(LargeFixture.create());
        robot.clickOn("4. Responsibility");
        MatrixBuilt.await();
    }

    private TableView<Control> table(String id) {
        return MatrixOnScreen.table(robot, id);
    }

    private static Bounds screen(Node n) {
        return MatrixOnScreen.screen(n);
    }

    private Bounds window() {
        return stage.getScene().getRoot().localToScreen(stage.getScene().getRoot().getBoundsInLocal());
    }

    /** Cells of a column that are on screen, with the text they show. */
    private List<TableCell<?, ?>> cellsOnScreen(String table, String columnId) {
        Bounds view = screen(robot.lookup(table).query());
        return robot.lookup(table + " .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId()))
                .filter(c -> c.isVisible() && c.getText() != null && c.getParent() != null && c.getParent().isVisible())
                .filter(c -> view.contains(screen(c).getCenterX(), screen(c).getCenterY()))
                .<TableCell<?, ?>>map(c -> c).toList();
    }

    /** How many times Right moves the focus from the EC2 column to the given service's column (catalog order). */
    private int columnsFromEc2To(String serviceId) {
        List<String> ids = session.assessment().catalog().services().stream().map(org.demarc.model.Service::id).toList();
        return ids.indexOf(serviceId) - ids.indexOf("aws.ec2");
    }

    private String shownText(TableCell<?, ?> cell) {
        Text text = (Text) cell.lookup(".text");
        return text == null ? "" : text.getText();
    }

    @Test
    void controlAndTitleStayOnScreenWhileTheServicesScrollSidewaysAndDown() {
        TableView<Control> services = table("#matrix-table");
        assertThat(cellsOnScreen("#matrix-fixed", "matrix-control")).isNotEmpty()
                .first().satisfies(c -> assertThat(c.getText()).isEqualTo("GOV-01"));
        robot.clickOn(cellsOnScreen("#matrix-table", "aws.ec2").get(0));
        for (int i = 0; i < 40; i++) {
            robot.type(KeyCode.RIGHT);
        }
        for (int i = 0; i < 30; i++) {
            robot.type(KeyCode.DOWN);
        }
        WaitForAsyncUtils.waitForFxEvents();
        var focused = services.getFocusModel().getFocusedCell();
        assertThat(focused.getRow()).isEqualTo(30);
        assertThat(cellsOnScreen("#matrix-table", "aws.ec2")).as("EC2 scrolled out of view").isEmpty();
        // The frozen columns show the focused row's control and title, on the same line as its cells.
        String controlId = services.getItems().get(30).id();
        assertThat(cellsOnScreen("#matrix-fixed", "matrix-control")).extracting(TableCell::getText).contains(controlId);
        TableCell<?, ?> idCell = cellsOnScreen("#matrix-fixed", "matrix-control").stream()
                .filter(c -> controlId.equals(c.getText())).findFirst().orElseThrow();
        TableCell<?, ?> focusedCell = cellsOnScreen("#matrix-table", focused.getTableColumn().getId()).stream()
                .filter(c -> c.getIndex() == 30).findFirst().orElseThrow();
        // On the same pixel row: both tables start their rows at the same header height.
        assertThat(screen(idCell).getMinY()).isCloseTo(screen(focusedCell).getMinY(), org.assertj.core.data.Offset.offset(0.5));
        assertThat(screen(idCell).getMaxY()).isCloseTo(screen(focusedCell).getMaxY(), org.assertj.core.data.Offset.offset(0.5));
        assertThat(cellsOnScreen("#matrix-fixed", "matrix-title")).anySatisfy(c ->
                assertThat(c.getText()).isEqualTo(services.getItems().get(30).title()));
        assertThat(window().contains(screen(idCell))).isTrue();
        // The reason names the control and the service, not their ids.
        String reason = robot.lookup("#matrix-reason").queryAs(Label.class).getText();
        assertThat(reason).startsWith(controlId + " " + services.getItems().get(30).title() + " on ");
        assertThat(reason).doesNotContain(focused.getTableColumn().getId());
    }

    @Test
    void whyThisCellShowsThePageTheCellRestsOnAsTextToCopy() {
        TableView<Control> services = table("#matrix-table");
        javafx.scene.control.TextField source = robot.lookup("#matrix-source").queryAs(javafx.scene.control.TextField.class);
        assertThat(source.isEditable()).isFalse();
        // An override rests on its own page: Elastic Beanstalk's guest OS patching, a few columns right.
        robot.clickOn(cellsOnScreen("#matrix-table", "aws.ec2").get(0));
        int row = services.getItems().stream().map(Control::id).toList().indexOf("PAT-02");
        int right = columnsFromEc2To("aws.elasticbeanstalk");
        for (int i = 0; i < right; i++) {
            robot.type(KeyCode.RIGHT);
        }
        for (int i = 0; i < row; i++) {
            robot.type(KeyCode.DOWN);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.getFocusModel().getFocusedCell().getTableColumn().getId()).isEqualTo("aws.elasticbeanstalk");
        assertThat(source.getText()).contains("Managed platform updates")
                .contains("https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/environment-platform-update-managed.html");
        // A category default rests on the shared responsibility model page: the same row on EC2.
        for (int i = 0; i < right; i++) {
            robot.type(KeyCode.LEFT);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(source.getText()).startsWith("Shared Responsibility Model \u2013 https://aws.amazon.com/compliance/shared-responsibility-model/")
                .endsWith("(checked 2026-12-01)");
        assertThat(window().contains(screen(source))).as("the source line fits the 1024x700 window").isTrue();
        // Offline: the address is selected and copied, never opened.
        robot.clickOn(source);
        robot.interact(source::selectAll);
        assertThat(source.getSelectedText()).isEqualTo(source.getText());
    }

    @Test
    void aCellWithNothingToActOnReadsNotApplicableAndNamesTheServiceItIsAssessedUnder() {
        TableView<Control> services = table("#matrix-table");
        // EBS malware protection: a few columns right of EC2, on the PLT-02 row.
        robot.clickOn(cellsOnScreen("#matrix-table", "aws.ec2").get(0));
        int row = services.getItems().stream().map(Control::id).toList().indexOf("PLT-02");
        robot.type(KeyCode.RIGHT, columnsFromEc2To("aws.ebs"));
        for (int i = 0; i < row; i++) {
            robot.type(KeyCode.DOWN);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.getFocusModel().getFocusedCell().getTableColumn().getId()).isEqualTo("aws.ebs");
        javafx.scene.control.Labeled reason = robot.lookup("#matrix-reason").queryAs(javafx.scene.control.Labeled.class);
        assertThat(reason.getText()).contains("PLT-02").contains("Amazon EBS: n/a (see Amazon EC2), because");
        TableCell<?, ?> cell = cellsOnScreen("#matrix-table", "aws.ebs").stream()
                .filter(c -> c.getIndex() == row).findFirst().orElseThrow();
        assertThat(shownText(cell)).isEqualTo("\u2013 *");
        assertThat(org.demarc.ui.wizard.responsibility.AssignmentCell.shown(cell))
                .isEqualTo(org.demarc.model.Responsibility.NOT_APPLICABLE);
        assertThat(cell.getAccessibleText()).isEqualTo("n/a (see Amazon EC2)");
    }

    @Test
    void headersShowWholeServiceNamesAndCellsNeverHideTheOverrideMarker() {
        // Every cell on screen shows its whole text: a letter, and the marker where the service
        // overrides (at the left, AWS Outposts shares physical security). Then every service again.
        robot.clickOn("#matrix-overrides");
        List<TableCell<?, ?>> cells = robot.lookup("#matrix-table .matrix-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getText() != null && c.isVisible()).<TableCell<?, ?>>map(c -> c).toList();
        assertThat(cells).isNotEmpty().allSatisfy(c -> assertThat(shownText(c)).isEqualTo(c.getText()));
        assertThat(cells).anySatisfy(c -> assertThat(shownText(c)).endsWith("*"));
        robot.clickOn("#matrix-overrides");
        WaitForAsyncUtils.waitForFxEvents();
        // Through every service with the sideways bar, checking each header on screen.
        java.util.Set<String> seen = new java.util.HashSet<>();
        javafx.scene.control.ScrollBar bar = robot.lookup("#matrix-sideways").queryAs(javafx.scene.control.ScrollBar.class);
        do {
            checkHeadersOnScreen(seen);
            if (bar.getValue() >= bar.getMax()) {
                break;
            }
            robot.clickOn(bar.lookup(".increment-button"));
        } while (true);
        assertThat(seen).hasSize(session.assessment().scope().size()).contains("Amazon CloudFront", "AWS CloudTrail",
                // A service with deployment variants is headed with the one it is assessed in.
                "Amazon Managed Streaming for Apache Kafka (MSK) (MSK Provisioned)",
                "AWS Directory Service for Microsoft Active Directory",
                "Amazon Keyspaces (for Apache Cassandra)", "Amazon Managed Service for Apache Flink");
        // At 1024×700 the frozen columns leave room for several whole service columns.
        Bounds view = screen(robot.lookup("#matrix-table").query());
        long whole = table("#matrix-table").getColumns().stream().map(TableColumn::getGraphic)
                .filter(g -> g.getScene() != null && screen(g) != null)
                .filter(g -> screen(g).getMinX() >= view.getMinX() && screen(g).getMaxX() <= view.getMaxX())
                .count();
        assertThat(whole).isGreaterThanOrEqualTo(5);
        assertThat(window().contains(screen(robot.lookup("#matrix-why").query()))).isTrue();
        assertThat(window().contains(screen(bar))).isTrue();
    }

    private void checkHeadersOnScreen(java.util.Set<String> seen) {
        for (Text header : robot.lookup("#matrix-table .matrix-header-text").queryAllAs(Text.class)) {
            Node columnHeader = header.getParent();
            while (!columnHeader.getStyleClass().contains("column-header")) {
                columnHeader = columnHeader.getParent();
            }
            if (!columnHeader.isVisible() || screen(columnHeader) == null) {
                continue;
            }
            Bounds h = screen(columnHeader);
            Bounds t = screen(header);
            assertThat(t.getMinX()).as(header.getText()).isGreaterThanOrEqualTo(h.getMinX());
            assertThat(t.getMaxX()).as(header.getText()).isLessThanOrEqualTo(h.getMaxX() + 0.5);
            assertThat(t.getMinY()).as(header.getText()).isGreaterThanOrEqualTo(h.getMinY());
            assertThat(t.getMaxY()).as(header.getText()).isLessThanOrEqualTo(h.getMaxY() + 0.5);
            seen.add(header.getText());
        }
    }

    @Test
    void whyThisCellCollapsesAndGivesTheRoomToTheMatrix() {
        TitledPane why = robot.lookup("#matrix-why").queryAs(TitledPane.class);
        double before = table("#matrix-table").getHeight();
        robot.clickOn(why.lookup(".title"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(why.isExpanded()).isFalse();
        assertThat(table("#matrix-table").getHeight()).isGreaterThan(before);
        robot.clickOn(why.lookup(".title"));
        assertThat(why.isExpanded()).isTrue();
    }

    @Test
    void filtersChangeTheRowsShownAndTheExportWritesThem() throws Exception {
        TableView<Control> fixed = table("#matrix-fixed");
        int all = fixed.getItems().size();
        assertThat(robot.lookup("#matrix-shown").queryAs(Label.class).getText())
                .isEqualTo(all + " controls × " + session.assessment().scope().size() + " services shown");
        robot.clickOn("#matrix-share");
        robot.clickOn("Where the customer holds a share");
        assertThat(fixed.getItems()).hasSizeLessThan(all);
        // Inherited controls are gone, except physical security: an Outpost stands on the customer's site.
        assertThat(fixed.getItems()).extracting(Control::id).doesNotContain("INF-01", "INF-02").contains("PHY-01");
        assertThat(cellsOnScreen("#matrix-fixed", "matrix-control")).extracting(TableCell::getText)
                .doesNotContain("INF-01", "INF-02").contains("GOV-02", "PHY-01");

        // One service, by keyboard: Down on the closed box steps from "All services" through the services.
        javafx.scene.control.ComboBox<?> box = robot.lookup("#matrix-service").queryAs(javafx.scene.control.ComboBox.class);
        int rds = box.getItems().stream().map(s -> s == null ? "" : ((org.demarc.model.Service) s).id()).toList()
                .indexOf("aws.rds");
        // Opened with the mouse, then the choice made in its list as a person does.
        robot.clickOn("#matrix-service");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) box.getSkin()).getPopupContent()
                .lookupAll(".list-view").forEach(n -> ((javafx.scene.control.ListView<?>) n).scrollTo(rds)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getIndex() == rds).findFirst().orElseThrow());
        assertThat(table("#matrix-table").getColumns()).extracting(TableColumn::getId).containsExactly("aws.rds");
        robot.clickOn("#matrix-overrides");
        List<String> shown = fixed.getItems().stream().map(Control::id).toList();
        assertThat(shown).isNotEmpty().hasSizeLessThan(all);
        assertThat(robot.lookup("#matrix-shown").queryAs(Label.class).getText())
                .isEqualTo(shown.size() + " controls × 1 services shown");

        Path csv = dir.resolve("matrix.csv");
        dialogs.fileTargets.add(csv);
        robot.clickOn("#matrix-export-csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFcontrol,title,domain,class,aws.rds");
        assertThat(lines.subList(1, lines.size())).extracting(l -> l.substring(0, l.indexOf(',')))
                .containsExactlyElementsOf(shown);
        assertThat(robot.lookup("#matrix-export-result").queryAs(Label.class).getText()).isEqualTo("Written to matrix.csv");

        Path png = dir.resolve("matrix.png");
        dialogs.fileTargets.add(png);
        robot.clickOn("#matrix-export-png");
        var image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isGreaterThan(300);
        assertThat(robot.lookup("#matrix-export-result").queryAs(Label.class).getText()).isEqualTo("Written to matrix.png");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void anEditElsewhereKeepsTheColumnsAndCellsOfTheMatrix() {
        TableView<Control> services = table("#matrix-table");
        List<TableColumn<Control, ?>> columns = List.copyOf(services.getColumns());
        String second = columns.get(1).getId();
        robot.clickOn("5. Questions");
        robot.interact(() -> session.edit(null, a -> a.withAnswer("NET-01",
                a.answers().get("NET-01").withFinding("noted in the room"))));
        robot.clickOn("4. Responsibility");
        assertThat(services.getColumns()).hasSize(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            assertThat(services.getColumns().get(i)).isSameAs(columns.get(i));
        }
        robot.clickOn("3. Services");
        robot.interact(() -> session.edit(null, a -> {
            var scope = new java.util.TreeSet<>(a.scope());
            scope.remove("aws.ec2");
            return a.withScope(scope);
        }));
        robot.clickOn("4. Responsibility");
        assertThat(services.getColumns()).extracting(TableColumn::getId).doesNotContain("aws.ec2");
        // The columns stay and show the services now in scope: the first shows what the second did.
        assertThat(services.getColumns().get(0)).isSameAs(columns.get(0));
        assertThat(services.getColumns().get(0).getId()).isEqualTo(second);
    }
}

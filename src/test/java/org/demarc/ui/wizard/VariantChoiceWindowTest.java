package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.text.Text;
import org.demarc.model.Control;
import org.demarc.model.Service;
import org.demarc.model.ServiceVariant;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The deployment variant of a service in scope, chosen from the keyboard on the Services step:
 * undone like any scope edit, saved in the scope entry, and named by the matrix.
 */
class VariantChoiceWindowTest extends WindowTest {
    /** Searches for EKS, checks it with Space, and moves to its variant with Alt+Y. */
    private ComboBox<ServiceVariant> eksInScopeAndItsVariantFocused() throws Exception {
        openWindow(Locale.US);
        robot.clickOn("3. Services");
        robot.clickOn("#services-search").write("kubernetes");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Service> list = robot.lookup("#services-list").queryListView();
        assertThat(list.getSelectionModel().getSelectedItem().id()).isEqualTo("aws.eks");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> session.assessment().scope().contains("aws.eks"));
        ComboBox<ServiceVariant> variant = robot.lookup("#services-variant").queryComboBox();
        assertThat(variant.isVisible()).isTrue();
        assertThat(variant.isDisabled()).isFalse();
        assertThat(variant.getValue().id()).as("the most common deployment first").isEqualTo("managed-node-groups");
        robot.push(new KeyCodeCombination(KeyCode.Y, KeyCombination.ALT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(variant.isFocused()).as("Alt+Y reaches the variant").isTrue();
        return variant;
    }

    /** Opens the focused list and picks the entry {@code steps} below the current one. */
    private void pickBelow(int steps) {
        robot.type(KeyCode.F4);
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < steps; i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aVariantPickedByKeyboardIsSavedAndNamedByTheMatrix() throws Exception {
        ComboBox<ServiceVariant> variant = eksInScopeAndItsVariantFocused();
        pickBelow(2);
        assertThat(variant.getValue().id()).isEqualTo("auto-mode");
        assertThat(session.assessment().variantOf("aws.eks")).contains("auto-mode");
        assertThat(robot.lookup((Node n) -> "service-variant-aws.eks".equals(n.getId())).queryAs(Label.class).getText())
                .isEqualTo("deployed as EKS Auto Mode");
        assertThat(robot.lookup("#services-variant-hint").queryAs(Label.class).getText()).contains("EKS creates");

        Path file = dir.resolve("variants.demarc");
        dialogs.saveTargets.add(file);
        robot.push(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file) && !session.isDirty());
        JsonNode scope = new ObjectMapper().readTree(file.toFile()).get("scope");
        assertThat(scope.toString()).isEqualTo("[{\"service\":\"aws.eks\",\"variant\":\"auto-mode\"}]");

        robot.clickOn("4. Responsibility");
        org.demarc.ui.MatrixBuilt.await();
        @SuppressWarnings("unchecked")
        TableView<Control> table = robot.lookup("#matrix-table").queryAs(TableView.class);
        assertThat(robot.lookup("#matrix-table .matrix-header-text").queryAllAs(Text.class))
                .anySatisfy(t -> assertThat(t.getText()).isEqualTo("Amazon Elastic Kubernetes Service (EKS) (EKS Auto Mode)"));
        int row = table.getItems().stream().map(Control::id).toList().indexOf("PAT-02");
        robot.clickOn(firstCell(table));
        for (int i = 0; i < row; i++) {
            robot.type(KeyCode.DOWN);
        }
        WaitForAsyncUtils.waitForFxEvents();
        String reason = robot.lookup("#matrix-reason").queryAs(Label.class).getText();
        assertThat(reason).startsWith("PAT-02 ").contains("on Amazon Elastic Kubernetes Service (EKS) (EKS Auto Mode)")
                .contains("because the deployment variant EKS Auto Mode overrides").contains("Provider");
        assertThat(robot.lookup("#matrix-source").queryAs(javafx.scene.control.TextField.class).getText())
                .contains("automode-learn-instances");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void choosingAVariantIsUndoneWithCtrlZ() throws Exception {
        ComboBox<ServiceVariant> variant = eksInScopeAndItsVariantFocused();
        // Tab order: the service's check box in the list, then its variant.
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(variant.getScene().getFocusOwner().getId()).isEqualTo("service-check-aws.eks");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(variant.isFocused()).isTrue();
        pickBelow(3);
        assertThat(session.assessment().variantOf("aws.eks")).contains("fargate");
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> session.assessment().variantOf("aws.eks").isEmpty());
        assertThat(session.assessment().scope()).as("only the variant is undone").contains("aws.eks");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(variant.getValue().id()).isEqualTo("managed-node-groups");
    }

    private static Node firstCell(TableView<Control> table) {
        return table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                        && "aws.eks".equals(c.getTableColumn().getId()) && c.getIndex() == 0)
                .findFirst().orElseThrow();
    }
}

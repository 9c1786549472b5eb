package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.demarc.catalog.BuiltInCatalog;
import org.demarc.model.Control;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Questions step over AWS and Azure: each catalog words the question and its guidance for its
 * own provider ("in your AWS accounts", "Azure RBAC"), so each provider in scope is named with its own.
 */
class MultiCloudQuestionsWindowTest extends WindowTest {
    private String label(String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void theQuestionAndGuidanceNameEachProviderInItsOwnWords() throws Exception {
        Path file = dir.resolve("webshop-multicloud.demarc");
        Files.write(file, Samples.multicloudBytes());
        dialogs.openTargets.add(file);
        openWindow(Locale.US, "#start-open");
        robot.clickOn("5. Questions");
        ListView<Control> list = robot.lookup("#questions-list").queryListView();
        robot.interact(() -> list.getItems().stream().filter(c -> c.id().equals("IAM-01")).findFirst()
                .ifPresent(c -> list.getSelectionModel().clearAndSelect(list.getItems().indexOf(c))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getSelectionModel().getSelectedItem().id()).isEqualTo("IAM-01");

        Control aws = BuiltInCatalog.load("aws").control("IAM-01").orElseThrow();
        Control azure = BuiltInCatalog.load("azure").control("IAM-01").orElseThrow();
        assertThat(azure.question()).isNotEqualTo(aws.question());
        assertThat(label("question-text")).isEqualTo("Amazon Web Services: " + aws.question()
                + "\nMicrosoft Azure: " + azure.question());
        assertThat(label("question-guidance")).isEqualTo("Amazon Web Services: " + aws.guidance()
                + "\nMicrosoft Azure: " + azure.guidance());
    }
}

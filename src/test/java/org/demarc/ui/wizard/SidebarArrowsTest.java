package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.demarc.project.Samples;
import org.demarc.ui.MatrixBuilt;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Arrowing through the sidebar shows each step while the focus stays in the sidebar: the steps
 * that build or refresh what they show (the matrix, the review) must do so all the same.
 */
class SidebarArrowsTest extends WindowTest {

    @Test
    void arrowingDownTheSidebarShowsABuiltMatrixAndAFreshReview() throws Exception {
        openWindowWith(Samples.webshop());
        ListView<?> sidebar = robot.lookup("#wizard-steps").queryAs(ListView.class);
        robot.interact(() -> {
            sidebar.getSelectionModel().select(0);
            sidebar.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        int responsibility = WizardStep.RESPONSIBILITY.ordinal();
        for (int i = 0; i < responsibility; i++) {
            robot.type(KeyCode.DOWN);
        }
        MatrixBuilt.await();
        TableView<?> matrix = robot.lookup("#matrix-table").queryAs(TableView.class);
        assertThat(matrix.isVisible()).isTrue();
        assertThat(matrix.getItems()).hasSize(session.assessment().catalog().controls().size());
        assertThat(sidebar.isFocused()).as("the focus stays in the sidebar while arrowing").isTrue();

        for (int i = responsibility; i < WizardStep.REVIEW.ordinal(); i++) {
            robot.type(KeyCode.DOWN);
        }
        WaitForAsyncUtils.waitForFxEvents();
        Label figures = robot.lookup("#review-figures").queryAs(Label.class);
        assertThat(figures.isVisible()).isTrue();
        assertThat(figures.getText()).contains(String.valueOf(session.assessment().answers().size()));
        assertThat(sidebar.isFocused()).isTrue();
    }
}

package org.demarc.ui.interop;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.demarc.assessment.diff.AssessmentDiff;
import org.demarc.assessment.diff.DiffText;
import org.demarc.ui.common.I18n;

/** What changed from one assessment to the other, section by section, as the command line prints it. */
public final class CompareView {
    private final AssessmentDiff diff;

    public CompareView(AssessmentDiff diff) {
        this.diff = diff;
    }

    public ScrollPane root() {
        VBox box = new VBox(2);
        box.setId("compare-view");
        box.getStylesheets().add(CompareView.class.getResource("/org/demarc/ui/demarc.css").toExternalForm());
        Label heading = new Label(DiffText.heading(diff));
        heading.getStyleClass().add("title-4");
        heading.setWrapText(true);
        box.getChildren().addAll(heading, new Label(DiffText.coverage(diff)));
        if (diff.isEmpty()) {
            box.getChildren().add(new Label(I18n.t("compare.none")));
        }
        for (DiffText.Section s : DiffText.sections(diff)) {
            Label h = new Label(s.heading());
            h.getStyleClass().add("compare-heading");
            box.getChildren().add(h);
            for (String line : s.lines()) {
                Label l = new Label(line.strip());
                l.setWrapText(true);
                box.getChildren().add(l);
            }
        }
        Label unchanged = new Label(DiffText.unchanged(diff));
        unchanged.getStyleClass().add("compare-heading");
        box.getChildren().add(unchanged);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(760, 560);
        box.setPadding(new javafx.geometry.Insets(12));
        return scroll;
    }
}

package org.demarc.ui.wizard.questions;

import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.demarc.model.Control;
import org.demarc.model.Service;
import org.demarc.ui.common.DialogService;
import org.demarc.ui.common.Forms;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Presentation;
import org.demarc.ui.common.Icons;
import org.demarc.ui.common.ScrollToFocus;
import org.demarc.ui.common.TextDirection;
import org.demarc.ui.wizard.StepView;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The questions step: the question list on the left; on the right the selected control, its
 * status, the answer form and the editors. Keyboard first: Ctrl+1…5 set the status (Ctrl+6
 * acknowledges an inherited control), Ctrl+Down / Ctrl+Up move, Ctrl+U jumps to the next
 * unanswered, Ctrl+G flags, Ctrl+K parks for later, Ctrl+F searches (a control id and Enter goes
 * to that control).
 */
public final class QuestionsView implements StepView {
    private static final KeyCombination NEXT = KeyCombination.keyCombination("Shortcut+Down");
    private static final KeyCombination PREVIOUS = KeyCombination.keyCombination("Shortcut+Up");
    private static final KeyCombination NEXT_OPEN = KeyCombination.keyCombination("Shortcut+U");
    private static final KeyCombination FLAG = KeyCombination.keyCombination("Shortcut+G");
    private static final KeyCombination SEARCH = KeyCombination.keyCombination("Shortcut+F");
    private static final KeyCombination PARK = KeyCombination.keyCombination("Shortcut+K");

    private final QuestionsViewModel model;
    private final SplitPane root = new SplitPane();
    private final QuestionListView list;
    private final Label header = new Label();
    private final Label meta = new Label();
    private final Label question = new Label();
    private final Label guidance = new Label();
    private final Label providerPart = new Label();
    private final Label customerPart = new Label();
    private final Label shareServices = new Label();

    public QuestionsView(QuestionsViewModel model, DialogService dialogs) {
        this.model = model;
        list = new QuestionListView(model, dialogs);
        root.setId("questions-view");
        root.getItems().addAll(list.root(), detail(dialogs));
        root.setDividerPositions(0.32);
        model.selectedProperty().addListener((obs, o, n) -> showControl(n));
        showControl(model.selectedProperty().get());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void entered() {
        list.focus();
    }

    private Node detail(DialogService dialogs) {
        header.getStyleClass().add(Styles.TITLE_3);
        header.setId("question-header");
        header.setWrapText(true);
        meta.getStyleClass().add(Styles.TEXT_MUTED);
        meta.setWrapText(true);
        question.getStyleClass().addAll(Styles.TITLE_4, "question-text");
        question.setWrapText(true);
        question.setId("question-text");
        guidance.setId("question-guidance");
        // A catalog of one's own may be written in Hebrew or Arabic.
        for (Label l : List.of(header, question)) {
            l.setMaxWidth(Double.MAX_VALUE);
            TextDirection.follow(l);
        }
        for (Label l : List.of(guidance, providerPart, customerPart, shareServices)) {
            l.setWrapText(true);
        }
        GridPane parts = DetailGrid.create();
        int r = 0;
        r = Forms.row(parts, r, I18n.t("question.guidance"), guidance, null);
        r = Forms.row(parts, r, I18n.t("question.providerPart"), providerPart, null);
        r = Forms.row(parts, r, I18n.t("question.customerPart"), customerPart, null);
        Forms.row(parts, r, I18n.t("question.shareServices"), shareServices, null);

        TitledPane evidence = new TitledPane(I18n.t("question.evidence"),
                new EvidenceEditor(model.evidence(), dialogs).root());
        TitledPane exceptions = new TitledPane(I18n.t("question.exceptions"),
                new ServiceExceptionsEditor(model.exceptions()).root());
        exceptions.setExpanded(false);
        // Open at once: a field that slides into place under the pointer loses the click aimed at it.
        exceptions.setAnimated(false);
        evidence.setId("question-evidence-pane");
        // Evidence file paths name the client's folders and internal documents.
        Presentation.internal(evidence);
        exceptions.setId("question-exceptions-pane");
        VBox answerForm = new VBox(10, new AnswerFormView(model.form()).root(),
                new WorkshopEditor(model.workshop()).root(), evidence, exceptions);
        answerForm.visibleProperty().bind(model.inheritedProperty().not());
        answerForm.managedProperty().bind(answerForm.visibleProperty());
        answerForm.disableProperty().bind(model.form().openProperty().not());

        Node providerBox = new ProviderEvidenceEditor(model.providerEvidence()).root();
        providerBox.disableProperty().bind(model.editableProperty().not());
        TitledPane inherited = new TitledPane(I18n.t("question.providerEvidence"), providerBox);
        inherited.setCollapsible(false);
        inherited.visibleProperty().bind(model.inheritedProperty());
        inherited.managedProperty().bind(inherited.visibleProperty());

        VBox detail = new VBox(12, header, meta, question, parts, new StatusEditor(model).root(), answerForm,
                inherited, navigation());
        detail.setPadding(new Insets(20));
        detail.disableProperty().bind(model.selectedProperty().isNull());
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        ScrollToFocus.install(scroll);
        // A new control is read from its top, whatever the previous one was scrolled to.
        model.selectedProperty().addListener((obs, o, n) -> scroll.setVvalue(0));
        return scroll;
    }

    private Node navigation() {
        Button previous = new Button(I18n.t("questions.previous"), Icons.of(MaterialDesignC.CHEVRON_LEFT));
        previous.setOnAction(e -> model.previous());
        Button next = new Button(I18n.t("questions.next"), Icons.of(MaterialDesignC.CHEVRON_RIGHT));
        next.setOnAction(e -> model.next());
        Button nextOpen = new Button(I18n.t("questions.nextUnanswered"), Icons.of(MaterialDesignS.SKIP_NEXT));
        nextOpen.setId("questions-next-unanswered");
        nextOpen.setOnAction(e -> model.nextUnanswered());
        return new HBox(8, previous, next, nextOpen);
    }

    /** What the control asks and who does what; the answer's fields follow their own bindings. */
    private void showControl(Control c) {
        if (c == null) {
            header.setText(I18n.t("questions.noneSelected"));
            for (Label l : List.of(meta, question, guidance, providerPart, customerPart, shareServices)) {
                l.setText("");
            }
            return;
        }
        header.setText(c.id() + " · " + c.title());
        meta.setText(I18n.t("question.meta", model.domainName(c), I18n.t("class." + c.controlClass().name()),
                c.weight()));
        // The catalogs word the question and its guidance for their own provider, as they do the parts.
        question.setText(model.parts(c, Control::question));
        guidance.setText(model.parts(c, Control::guidance));
        providerPart.setText(model.parts(c, Control::providerPart));
        customerPart.setText(model.parts(c, Control::customerPart));
        List<Service> share = model.servicesWithShare();
        shareServices.setText(share.isEmpty() ? I18n.t("question.shareServices.none")
                : String.join(", ", share.stream().map(Service::name).toList()));
    }

    private void shortcut(KeyEvent e) {
        if (NEXT.match(e)) {
            model.next();
        } else if (PREVIOUS.match(e)) {
            model.previous();
        } else if (NEXT_OPEN.match(e)) {
            model.nextUnanswered();
        } else if (FLAG.match(e)) {
            model.toggleFlag();
        } else if (SEARCH.match(e)) {
            list.focusSearch();
        } else if (PARK.match(e)) {
            model.workshop().togglePark();
        } else if (e.isShortcutDown() && !e.isAltDown() && digit(e.getCode()) >= 1
                && digit(e.getCode()) <= QuestionsViewModel.KEY_ORDER.size()) {
            model.setStatus(QuestionsViewModel.KEY_ORDER.get(digit(e.getCode()) - 1));
        } else {
            return;
        }
        e.consume();
    }

    private static int digit(KeyCode code) {
        if (!code.isDigitKey()) {
            return -1;
        }
        String name = code.getName();
        char last = name.charAt(name.length() - 1);
        return Character.isDigit(last) ? last - '0' : -1;
    }
}

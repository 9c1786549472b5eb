package org.demarc.ui.wizard.questions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Control;
import org.demarc.model.EvidenceReference;
import org.demarc.model.ProviderEvidence;
import org.demarc.model.Remediation;
import org.demarc.model.Service;
import org.demarc.model.ServiceException;
import org.demarc.assessment.EvidenceReferences;
import org.demarc.assessment.analysis.AssessmentAnalysis;
import org.demarc.assessment.analysis.DomainProgress;
import org.demarc.ui.common.DialogService;
import org.demarc.ui.common.Forms;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Icons;
import org.demarc.ui.common.Tasks;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.wizard.StepView;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The questions step: list and detail, keyboard-first. Ctrl+1…5 set the status (Ctrl+6 acknowledges
 * an inherited control), Ctrl+Down / Ctrl+Up move, Ctrl+U jumps to the next unanswered, Ctrl+G flags.
 */
public final class QuestionsView implements StepView {
    private static final List<AnswerStatus> KEY_ORDER = List.of(AnswerStatus.IMPLEMENTED, AnswerStatus.PARTIAL,
            AnswerStatus.NOT_IMPLEMENTED, AnswerStatus.NOT_APPLICABLE, AnswerStatus.ALTERNATIVE, AnswerStatus.INHERITED);

    private final QuestionsViewModel model;
    private final AssessmentSession session;
    private final DialogService dialogs;
    private final SplitPane root = new SplitPane();
    private final ListView<Control> list = new ListView<>();
    private final VBox progress = new VBox(4);
    private final Label header = new Label();
    private final Label meta = new Label();
    private final Label question = new Label();
    private final Label guidance = new Label();
    private final Label providerPart = new Label();
    private final Label customerPart = new Label();
    private final Label shareServices = new Label();
    private final ToggleGroup statusGroup = new ToggleGroup();
    private final FlowPane statusBox = new FlowPane(6, 6);
    private final Label statusHint = new Label();
    private final TextArea justification = area("question-justification", 2);
    private final Label justificationLabel = new Label(I18n.t("question.justification"));
    private final TextArea finding = area("question-finding", 3);
    private final TextArea comment = area("question-comment", 2);
    private final TextField owner = new TextField();
    private final CheckBox flagged = new CheckBox(I18n.t("question.flagged"));
    private final TextField remediationAction = new TextField();
    private final TextField remediationOwner = new TextField();
    private final DatePicker remediationDue = new DatePicker();
    private final ListView<EvidenceReference> evidence = new ListView<>();
    private final ListView<ServiceException> exceptions = new ListView<>();
    private final ListView<ProviderEvidence> providerEvidence = new ListView<>();
    private final VBox answerForm = new VBox(10);
    private boolean updating;

    public QuestionsView(QuestionsViewModel model, AssessmentSession session, DialogService dialogs) {
        this.model = model;
        this.session = session;
        this.dialogs = dialogs;
        root.setId("questions-view");
        root.getItems().addAll(buildList(), buildDetail());
        root.setDividerPositions(0.32);
        model.selectedProperty().addListener((obs, o, n) -> {
            if (n != null && list.getSelectionModel().getSelectedItem() != n) {
                list.getSelectionModel().select(n);
                list.scrollTo(n);
            }
            showAnswer();
        });
        model.answerProperty().addListener((obs, o, n) -> showAnswer());
        session.analysisProperty().addListener((obs, o, n) -> refreshIfChanged());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        showAnswer();
        refreshProgress();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void entered() {
        list.requestFocus();
        refreshProgress();
    }

    // ----------------------------------------------------------------- list side

    private Node buildList() {
        ToggleButton all = new ToggleButton(I18n.t("questions.filter.all"));
        ToggleButton unanswered = new ToggleButton(I18n.t("questions.filter.unanswered"));
        ToggleButton flaggedOnly = new ToggleButton(I18n.t("questions.filter.flagged"));
        all.setUserData(QuestionFilter.ALL);
        unanswered.setUserData(QuestionFilter.UNANSWERED);
        flaggedOnly.setUserData(QuestionFilter.FLAGGED);
        unanswered.setId("questions-filter-unanswered");
        SegmentedButton filters = new SegmentedButton(all, unanswered, flaggedOnly);
        all.setSelected(true);
        filters.getToggleGroup().selectedToggleProperty().addListener((obs, o, n) -> {
            if (n == null) {
                o.setSelected(true);
            } else {
                model.filterProperty().set((QuestionFilter) n.getUserData());
            }
        });
        list.setId("questions-list");
        list.setItems(model.items());
        list.setCellFactory(v -> new ControlCell());
        list.setPlaceholder(new Label(I18n.t("questions.none")));
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (n != null) {
                model.selectedProperty().set(n);
            }
        });
        ScrollPane progressScroll = new ScrollPane(progress);
        progressScroll.setFitToWidth(true);
        progressScroll.setPrefHeight(170);
        TitledPane progressPane = new TitledPane(I18n.t("questions.progress"), progressScroll);
        progressPane.setCollapsible(true);
        VBox box = new VBox(8, filters, list, progressPane);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        box.setMinWidth(260);
        return box;
    }

    /**
     * Typing a note changes the assessment on every keystroke but not what the list or the
     * progress bars show; they are redrawn only when statuses or flags change.
     */
    private void refreshIfChanged() {
        var a = session.assessment();
        java.util.Map<String, String> marks = new java.util.HashMap<>();
        if (a != null) {
            a.answers().forEach((id, ans) -> marks.put(id, ans.status() + (ans.flagged() ? "!" : "")
                    + ans.providerEvidence().isEmpty()));
        }
        String scope = a == null ? "" : a.scope().toString();
        if (!marks.equals(listMarks) || !scope.equals(listScope)) {
            listMarks = marks;
            listScope = scope;
            list.refresh();
            refreshProgress();
        }
    }

    private java.util.Map<String, String> listMarks = java.util.Map.of();
    private String listScope = "";

    private void refreshProgress() {
        AssessmentAnalysis an = session.analysis();
        progress.getChildren().clear();
        if (an == null) {
            return;
        }
        for (DomainProgress p : an.progressByDomain()) {
            Label name = new Label(I18n.t("questions.progress.domain", p.domain().name(), p.answered(), p.asked()));
            ProgressBar bar = new ProgressBar(p.asked() == 0 ? 1 : (double) p.answered() / p.asked());
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.setAccessibleText(name.getText());
            progress.getChildren().addAll(name, bar);
        }
    }

    private final class ControlCell extends ListCell<Control> {
        ControlCell() {
            // Ellipsis instead of a horizontal scrollbar for long titles.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Control c, boolean empty) {
            super.updateItem(c, empty);
            getStyleClass().removeAll("answer-gap", "answer-done", "answer-open");
            if (empty || c == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            AssessmentAnalysis an = session.analysis();
            Answer a = session.assessment() == null ? null : session.assessment().answers().get(c.id());
            boolean answered = an != null && an.isAnswered(c);
            String state = !answered ? I18n.t("questions.state.open") : I18n.t("status." + a.status().name());
            setText(c.id() + "  " + c.title() + (a != null && a.flagged() ? "  ⚑" : ""));
            setGraphic(Icons.of(!answered ? MaterialDesignC.CIRCLE_OUTLINE
                    : a.status().isGap() ? MaterialDesignC.CLOSE_CIRCLE_OUTLINE : MaterialDesignC.CHECK_CIRCLE));
            getStyleClass().add(!answered ? "answer-open" : a.status().isGap() ? "answer-gap" : "answer-done");
            setAccessibleText(getText() + ", " + state);
        }
    }

    // ----------------------------------------------------------------- detail side

    private Node buildDetail() {
        header.getStyleClass().add(Styles.TITLE_3);
        header.setId("question-header");
        header.setWrapText(true);
        meta.getStyleClass().add(Styles.TEXT_MUTED);
        question.getStyleClass().addAll(Styles.TITLE_4, "question-text");
        question.setWrapText(true);
        question.setId("question-text");
        for (Label l : List.of(guidance, providerPart, customerPart, shareServices)) {
            l.setWrapText(true);
        }
        GridPane parts = Forms.grid();
        int r = 0;
        r = Forms.row(parts, r, I18n.t("question.guidance"), guidance, null);
        r = Forms.row(parts, r, I18n.t("question.providerPart"), providerPart, null);
        r = Forms.row(parts, r, I18n.t("question.customerPart"), customerPart, null);
        Forms.row(parts, r, I18n.t("question.shareServices"), shareServices, null);

        statusHint.getStyleClass().add(Styles.TEXT_MUTED);
        statusHint.setWrapText(true);
        statusHint.managedProperty().bind(statusHint.textProperty().isNotEmpty());
        statusGroup.selectedToggleProperty().addListener((obs, o, n) -> {
            if (!updating && n != null) {
                model.setStatus((AnswerStatus) n.getUserData());
            } else if (!updating && o != null && model.answerProperty().get() != null) {
                // A status cannot be unselected by clicking it again: keep the answer's status.
                updating = true;
                o.setSelected(true);
                updating = false;
            }
        });

        bindText(justification, model::setJustification);
        bindText(finding, model::setFinding);
        bindText(comment, model::setComment);
        bindText(owner, model::setOwner);
        owner.setId("question-owner");
        comment.setPromptText(I18n.t("question.comment.prompt"));
        finding.setPromptText(I18n.t("question.finding.prompt"));
        flagged.setId("question-flagged");
        flagged.selectedProperty().addListener((obs, o, n) -> {
            if (!updating) {
                model.setFlagged(n);
            }
        });
        remediationAction.setId("remediation-action");
        remediationAction.textProperty().addListener((obs, o, n) -> pushRemediation());
        remediationOwner.textProperty().addListener((obs, o, n) -> pushRemediation());
        remediationDue.valueProperty().addListener((obs, o, n) -> pushRemediation());

        GridPane form = Forms.grid();
        r = 0;
        justificationLabel.setLabelFor(justification);
        form.add(justificationLabel, 0, r);
        form.add(justification, 1, r++);
        justificationLabel.visibleProperty().bind(justification.visibleProperty());
        justificationLabel.managedProperty().bind(justification.visibleProperty());
        justification.managedProperty().bind(justification.visibleProperty());
        r = Forms.row(form, r, I18n.t("question.finding"), finding, null);
        r = Forms.row(form, r, I18n.t("question.comment"), comment, null);
        r = Forms.row(form, r, I18n.t("question.owner"), owner, null);
        r = Forms.row(form, r, I18n.t("question.remediation.action"), remediationAction, null);
        r = Forms.row(form, r, I18n.t("question.remediation.owner"), remediationOwner, null);
        r = Forms.row(form, r, I18n.t("question.remediation.due"), remediationDue, null);
        form.add(flagged, 1, r);

        Node evidenceBox = evidenceEditor();
        Node exceptionBox = exceptionEditor();
        TitledPane evidencePane = new TitledPane(I18n.t("question.evidence"), evidenceBox);
        TitledPane exceptionPane = new TitledPane(I18n.t("question.exceptions"), exceptionBox);
        exceptionPane.setExpanded(false);
        answerForm.getChildren().addAll(form, evidencePane, exceptionPane);

        Node providerBox = providerEvidenceEditor();
        TitledPane inherited = new TitledPane(I18n.t("question.providerEvidence"), providerBox);
        inherited.setCollapsible(false);
        inherited.visibleProperty().bind(model.inheritedProperty());
        inherited.managedProperty().bind(inherited.visibleProperty());
        answerForm.visibleProperty().bind(model.inheritedProperty().not());
        answerForm.managedProperty().bind(answerForm.visibleProperty());

        Button previous = new Button(I18n.t("questions.previous"), Icons.of(MaterialDesignC.CHEVRON_LEFT));
        previous.setOnAction(e -> model.previous());
        Button next = new Button(I18n.t("questions.next"), Icons.of(MaterialDesignC.CHEVRON_RIGHT));
        next.setOnAction(e -> model.next());
        Button nextOpen = new Button(I18n.t("questions.nextUnanswered"), Icons.of(MaterialDesignS.SKIP_NEXT));
        nextOpen.setId("questions-next-unanswered");
        nextOpen.setOnAction(e -> model.nextUnanswered());
        HBox nav = new HBox(8, previous, next, nextOpen);

        VBox detail = new VBox(12, header, meta, question, parts, new Label(I18n.t("question.status")), statusBox,
                statusHint, answerForm, inherited, nav);
        detail.setPadding(new Insets(20));
        detail.disableProperty().bind(model.selectedProperty().isNull());
        statusBox.disableProperty().bind(model.editableProperty().not());
        answerForm.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !model.editableProperty().get() || model.answerProperty().get() == null,
                model.editableProperty(), model.answerProperty()));
        providerBox.disableProperty().bind(model.editableProperty().not());
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node evidenceEditor() {
        evidence.setId("question-evidence");
        evidence.setPrefHeight(90);
        evidence.setCellFactory(v -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(EvidenceReference e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null
                        : I18n.t("question.evidence.item", e.path(), e.sha256().isEmpty() ? "—" : e.sha256().substring(0, 12), e.size()));
            }
        });
        evidence.setPlaceholder(new Label(I18n.t("question.evidence.none")));
        Button add = new Button(I18n.t("question.evidence.add"), Icons.of(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
        add.setId("question-evidence-add");
        add.setOnAction(e -> attachEvidence());
        Button remove = new Button(I18n.t("common.remove"));
        remove.disableProperty().bind(evidence.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeEvidence(evidence.getSelectionModel().getSelectedIndex()));
        return new VBox(6, evidence, new HBox(8, add, remove));
    }

    private void attachEvidence() {
        Path project = session.fileProperty().get();
        dialogs.chooseEvidenceFile(project == null ? null : project.getParent()).ifPresent(file ->
                Tasks.create(() -> EvidenceReferences.attach(project, file, ""))
                        .onSuccess(model::addEvidence)
                        .onError(err -> dialogs.showError(I18n.t("question.evidence.failed"),
                                String.valueOf(err.getMessage()), List.of()))
                        .start());
    }

    private Node exceptionEditor() {
        exceptions.setPrefHeight(80);
        exceptions.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ServiceException x, boolean empty) {
                super.updateItem(x, empty);
                setText(empty || x == null ? null
                        : x.serviceId() + ": " + I18n.t("status." + x.status().name()) + (x.note().isBlank() ? "" : " — " + x.note()));
            }
        });
        exceptions.setPlaceholder(new Label(I18n.t("question.exceptions.none")));
        ComboBox<Service> service = new ComboBox<>();
        service.setAccessibleText(I18n.t("question.exceptions.service"));
        service.setPromptText(I18n.t("question.exceptions.service"));
        service.setOnShowing(e -> service.getItems().setAll(model.servicesInScope()));
        service.setConverter(new StringConverter<>() {
            @Override
            public String toString(Service s) {
                return s == null ? "" : s.name();
            }

            @Override
            public Service fromString(String s) {
                return null;
            }
        });
        ComboBox<AnswerStatus> status = new ComboBox<>();
        status.getItems().setAll(AnswerStatus.IMPLEMENTED, AnswerStatus.PARTIAL, AnswerStatus.NOT_IMPLEMENTED,
                AnswerStatus.NOT_APPLICABLE, AnswerStatus.ALTERNATIVE);
        status.setAccessibleText(I18n.t("question.status"));
        status.setConverter(statusConverter());
        status.setValue(AnswerStatus.NOT_APPLICABLE);
        TextField note = new TextField();
        note.setPromptText(I18n.t("question.exceptions.note"));
        note.setAccessibleText(I18n.t("question.exceptions.note"));
        HBox.setHgrow(note, Priority.ALWAYS);
        Button add = new Button(I18n.t("common.add"));
        add.disableProperty().bind(service.valueProperty().isNull().or(status.valueProperty().isNull()));
        add.setOnAction(e -> {
            model.addException(new ServiceException(service.getValue().id(), status.getValue(), note.getText().strip()));
            note.clear();
        });
        Button remove = new Button(I18n.t("common.remove"));
        remove.disableProperty().bind(exceptions.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeException(exceptions.getSelectionModel().getSelectedItem().serviceId()));
        return new VBox(6, exceptions, new HBox(8, service, status, note, add, remove));
    }

    private Node providerEvidenceEditor() {
        providerEvidence.setId("question-provider-evidence");
        providerEvidence.setPrefHeight(90);
        providerEvidence.setCellFactory(v -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(ProviderEvidence p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : I18n.t("question.providerEvidence.item", p.name(), p.issuer(),
                        text(p.periodFrom()), text(p.periodTo()), text(p.obtainedOn())));
            }
        });
        providerEvidence.setPlaceholder(new Label(I18n.t("question.providerEvidence.none")));
        TextField name = new TextField();
        name.setId("provider-evidence-name");
        TextField issuer = new TextField();
        DatePicker from = new DatePicker();
        DatePicker to = new DatePicker();
        DatePicker obtained = new DatePicker(LocalDate.now());
        TextField source = new TextField();
        TextField note = new TextField();
        GridPane grid = Forms.grid();
        int r = 0;
        r = Forms.row(grid, r, I18n.t("question.providerEvidence.name"), name, null);
        r = Forms.row(grid, r, I18n.t("question.providerEvidence.issuer"), issuer, null);
        r = Forms.row(grid, r, I18n.t("question.providerEvidence.from"), from, null);
        r = Forms.row(grid, r, I18n.t("question.providerEvidence.to"), to, null);
        r = Forms.row(grid, r, I18n.t("question.providerEvidence.obtained"), obtained, null);
        r = Forms.row(grid, r, I18n.t("question.providerEvidence.source"), source, null);
        Forms.row(grid, r, I18n.t("question.providerEvidence.note"), note, null);
        Button add = new Button(I18n.t("question.providerEvidence.add"));
        add.setId("provider-evidence-add");
        add.disableProperty().bind(name.textProperty().isEmpty());
        add.setOnAction(e -> {
            model.addProviderEvidence(new ProviderEvidence(name.getText().strip(), issuer.getText().strip(),
                    from.getValue(), to.getValue(), obtained.getValue(), source.getText().strip(), note.getText().strip()));
            name.clear();
            note.clear();
        });
        Button remove = new Button(I18n.t("common.remove"));
        remove.disableProperty().bind(providerEvidence.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeProviderEvidence(providerEvidence.getSelectionModel().getSelectedIndex()));
        Label explain = new Label(I18n.t("question.providerEvidence.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add(Styles.TEXT_MUTED);
        return new VBox(8, explain, providerEvidence, grid, new FlowPane(8, 8, add, remove));
    }

    private static String text(LocalDate d) {
        return d == null ? "—" : d.toString();
    }

    private static StringConverter<AnswerStatus> statusConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(AnswerStatus s) {
                return s == null ? "" : I18n.t("status." + s.name());
            }

            @Override
            public AnswerStatus fromString(String s) {
                return null;
            }
        };
    }

    private void bindText(TextInputControl field, Consumer<String> push) {
        field.textProperty().addListener((obs, o, n) -> {
            if (!updating) {
                push.accept(n);
            }
        });
    }

    private void pushRemediation() {
        if (!updating) {
            model.setRemediation(new Remediation(remediationAction.getText(), remediationOwner.getText(),
                    remediationDue.getValue()));
        }
    }

    private static TextArea area(String id, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        return a;
    }

    /** Shows the selected control and its answer; never triggers edits itself. */
    private void showAnswer() {
        updating = true;
        try {
            Control c = model.selectedProperty().get();
            Answer a = model.answerProperty().get();
            if (c == null) {
                header.setText(I18n.t("questions.noneSelected"));
                meta.setText("");
                question.setText("");
                statusBox.getChildren().clear();
                return;
            }
            header.setText(c.id() + " · " + c.title());
            String domain = session.assessment().catalog().domain(c.domainId()).map(d -> d.name()).orElse(c.domainId());
            meta.setText(I18n.t("question.meta", domain, I18n.t("class." + c.controlClass().name()), c.weight()));
            question.setText(c.question());
            guidance.setText(c.guidance());
            providerPart.setText(c.providerPart());
            customerPart.setText(c.customerPart());
            List<Service> share = model.servicesWithShare();
            shareServices.setText(share.isEmpty() ? I18n.t("question.shareServices.none")
                    : String.join(", ", share.stream().map(Service::name).toList()));
            rebuildStatusButtons(a);
            statusHint.setText(a == null ? I18n.t("question.status.hint") : "");
            justification.setVisible(a != null && a.status().requiresJustification());
            setText(justification, a == null ? "" : a.justification());
            setText(finding, a == null ? "" : a.finding());
            setText(comment, a == null ? "" : a.comment());
            setText(owner, a == null ? "" : a.owner());
            flagged.setSelected(a != null && a.flagged());
            Remediation rem = a == null ? Answer.NO_REMEDIATION : a.remediation();
            setText(remediationAction, rem.action());
            setText(remediationOwner, rem.owner());
            remediationDue.setValue(rem.dueDate());
            evidence.getItems().setAll(a == null ? List.of() : a.evidence());
            exceptions.getItems().setAll(a == null ? List.of() : a.exceptions());
            providerEvidence.getItems().setAll(a == null ? List.of() : a.providerEvidence());
        } finally {
            updating = false;
        }
    }

    private void rebuildStatusButtons(Answer a) {
        List<AnswerStatus> allowed = model.allowedStatuses();
        boolean same = statusBox.getChildren().size() == allowed.size() && statusBox.getChildren().stream()
                .map(n -> ((ToggleButton) n).getUserData()).toList().equals(allowed);
        if (!same) {
            statusBox.getChildren().clear();
            statusGroup.getToggles().clear();
            for (AnswerStatus s : allowed) {
                int key = KEY_ORDER.indexOf(s) + 1;
                ToggleButton b = new ToggleButton(I18n.t("status." + s.name()));
                b.setTooltip(new javafx.scene.control.Tooltip(I18n.t("question.status.key", key)));
                b.setAccessibleHelp(I18n.t("question.status.key", key));
                b.setId("status-" + s.name().toLowerCase(Locale.ROOT));
                b.setUserData(s);
                b.setToggleGroup(statusGroup);
                b.getStyleClass().add("status-" + s.name().toLowerCase(Locale.ROOT));
                statusBox.getChildren().add(b);
            }
        }
        statusGroup.getToggles().forEach(t -> t.setSelected(a != null && t.getUserData() == a.status()));
    }

    private static void setText(TextInputControl field, String value) {
        if (!field.getText().equals(value)) {
            field.setText(value);
        }
    }

    private static final KeyCombination NEXT = KeyCombination.keyCombination("Shortcut+Down");
    private static final KeyCombination PREVIOUS = KeyCombination.keyCombination("Shortcut+Up");
    private static final KeyCombination NEXT_OPEN = KeyCombination.keyCombination("Shortcut+U");
    private static final KeyCombination FLAG = KeyCombination.keyCombination("Shortcut+G");

    private void shortcut(KeyEvent e) {
        if (NEXT.match(e)) {
            model.next();
        } else if (PREVIOUS.match(e)) {
            model.previous();
        } else if (NEXT_OPEN.match(e)) {
            model.nextUnanswered();
        } else if (FLAG.match(e)) {
            model.toggleFlag();
        } else if (e.isShortcutDown() && !e.isAltDown() && e.getCode().isDigitKey()) {
            int n = digit(e.getCode());
            if (n >= 1 && n <= KEY_ORDER.size()) {
                model.setStatus(KEY_ORDER.get(n - 1));
            } else {
                return;
            }
        } else {
            return;
        }
        e.consume();
    }

    private static int digit(KeyCode code) {
        String name = code.getName();
        char last = name.charAt(name.length() - 1);
        return Character.isDigit(last) ? last - '0' : -1;
    }
}

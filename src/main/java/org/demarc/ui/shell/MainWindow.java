package org.demarc.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.geometry.Pos;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.demarc.ui.common.DialogService;
import org.demarc.ui.common.FileOpener;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.NoticeBar;
import org.demarc.ui.common.Tasks;
import org.demarc.ui.common.Themes;
import org.demarc.ui.common.UiFonts;
import org.demarc.ui.common.UiPreferences;
import org.demarc.ui.interop.FxInteropDialogs;
import org.demarc.ui.interop.InteropActions;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.wizard.StepView;
import org.demarc.ui.wizard.WizardStep;
import org.demarc.ui.wizard.WizardView;
import org.demarc.ui.wizard.WizardViewModel;
import org.demarc.ui.wizard.engagement.EngagementView;
import org.demarc.ui.wizard.engagement.EngagementViewModel;
import org.demarc.ui.wizard.questions.QuestionsView;
import org.demarc.ui.wizard.questions.QuestionsViewModel;
import org.demarc.ui.wizard.responsibility.ResponsibilityView;
import org.demarc.ui.wizard.responsibility.ResponsibilityViewModel;
import org.demarc.ui.wizard.review.ReviewView;
import org.demarc.ui.wizard.review.ReviewViewModel;
import org.demarc.ui.wizard.services.ServicesView;
import org.demarc.ui.wizard.services.ServicesViewModel;
import org.demarc.ui.wizard.signoff.SignOffView;
import org.demarc.ui.wizard.signoff.SignOffViewModel;
import org.demarc.ui.wizard.start.StartView;
import org.demarc.ui.wizard.start.StartViewModel;

/**
 * The application window: menus with accelerators, the wizard, a status bar, a title with the file
 * name and an unsaved mark, drag and drop of project files, and a question before losing work.
 */
public final class MainWindow {
    private final Stage stage;
    private final AssessmentSession session;
    private final FileActions files;
    private final UiPreferences prefs;
    private final DialogService dialogs;
    private final WizardViewModel wizard;
    private final BorderPane root = new BorderPane();
    private final Clock clock;
    private final FileOpener opener;
    private QuestionsViewModel questions;
    private final InteropActions interop;
    private final ViewControls viewControls;
    /** The start step's model, made first: File → New uses the catalog and title chosen there. */
    private final StartViewModel start;

    public MainWindow(Stage stage, AssessmentSession session, FileActions files, UiPreferences prefs,
                      DialogService dialogs, Clock clock) {
        this(stage, session, files, prefs, dialogs, clock, FileOpener.UNAVAILABLE);
    }

    /** {@code opener}: how a written file is opened or shown in its folder ("Open PDF" after an export). */
    public MainWindow(Stage stage, AssessmentSession session, FileActions files, UiPreferences prefs,
                      DialogService dialogs, Clock clock, FileOpener opener) {
        this.opener = opener;
        this.stage = stage;
        this.session = session;
        this.files = files;
        this.prefs = prefs;
        this.dialogs = dialogs;
        this.clock = clock;
        this.wizard = new WizardViewModel(session);
        this.interop = new InteropActions(session, dialogs, new FxInteropDialogs(stage), files, clock);
        this.start = new StartViewModel(files, prefs::recentFiles,
                new org.demarc.ui.wizard.start.NewAssessmentViewModel(dialogs, Tasks.shared()));
        UiFonts.load();
        root.getStylesheets().add(MainWindow.class.getResource("/org/demarc/ui/demarc.css").toExternalForm());
        this.viewControls = new ViewControls(root, prefs);
        org.demarc.ui.common.PopupZoom.install();
        // The theme is part of the window: our stylesheet builds on AtlantaFX's colour variables.
        Themes.apply(null, prefs.darkTheme());
        root.sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null) {
                Themes.apply(scene, prefs.darkTheme());
                viewControls.installAccelerators(scene);
            }
        });
        root.setTop(new VBox(menuBar(), viewControls.toolBar(), viewControls.banner(), noticeBar(),
                BundleBanner.of(session, files.bundles())));
        root.setCenter(new WizardView(wizard, this::createStep).root());
        root.setBottom(statusBar());
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            List<java.io.File> dropped = e.getDragboard().getFiles();
            boolean ok = dropped != null && !dropped.isEmpty();
            if (ok) {
                files.open(dropped.get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        stage.titleProperty().bind(Bindings.createStringBinding(this::title, session.fileProperty(),
                session.dirtyProperty(), session.assessmentProperty(), session.viewOnlyProperty()));
    }

    public Parent root() {
        return root;
    }

    public WizardViewModel wizard() {
        return wizard;
    }

    /** Presentation mode of this window (View → Present). */
    public org.demarc.ui.common.Presentation presentation() {
        return viewControls.presentation();
    }

    private String title() {
        if (session.assessment() == null) {
            return I18n.t("app.title");
        }
        Path file = session.fileProperty().get();
        String name = file == null ? I18n.t("file.untitled") : file.getFileName().toString();
        String locked = session.assessment().isSignedOff() ? " " + I18n.t("app.lockedMark")
                : BundleOpening.isOpenBundle(session) ? " " + I18n.t("app.bundleMark")
                : session.viewOnlyProperty().get() ? " " + I18n.t("app.readOnlyCopyMark") : "";
        return I18n.t("app.titleWithFile", (session.isDirty() ? "• " : "") + name + locked);
    }

    private StepView createStep(WizardStep step) {
        return switch (step) {
            case START -> new StartView(start);
            case ENGAGEMENT -> new EngagementView(new EngagementViewModel(session));
            case SERVICES -> new ServicesView(new ServicesViewModel(session));
            case RESPONSIBILITY -> new ResponsibilityView(new ResponsibilityViewModel(session, dialogs));
            case QUESTIONS -> new QuestionsView(questions(), dialogs);
            case REVIEW -> new ReviewView(new ReviewViewModel(session), this::jumpToControl);
            case SIGN_OFF -> new SignOffView(new SignOffViewModel(session, () -> Instant.now(clock)), dialogs,
                    FileActions::actor);
            case EXPORT -> new org.demarc.ui.wizard.export.ExportView(
                    new org.demarc.ui.wizard.export.ExportViewModel(session, dialogs, Tasks.shared(), opener));
        };
    }

    private QuestionsViewModel questions() {
        if (questions == null) {
            questions = new QuestionsViewModel(session, () -> LocalDate.now(clock));
        }
        return questions;
    }

    private void jumpToControl(String controlId) {
        if (wizard.go(WizardStep.QUESTIONS)) {
            questions().select(controlId);
        }
    }

    private MenuBar menuBar() {
        MenuItem newItem = item("menu.file.new", "Shortcut+N", start::newAssessment);
        MenuItem open = item("menu.file.open", "Shortcut+O", files::open);
        Menu recent = RecentFilesMenu.of(prefs, files::open);
        MenuItem save = item("menu.file.save", "Shortcut+S", files::save);
        MenuItem saveAs = item("menu.file.saveAs", "Shortcut+Shift+S", files::saveAs);
        MenuItem close = item("menu.file.close", "Shortcut+W", files::close);
        MenuItem quit = item("menu.file.quit", "Shortcut+Q", this::requestQuit);
        save.disableProperty().bind(session.openProperty().not());
        saveAs.disableProperty().bind(session.openProperty().not());
        close.disableProperty().bind(session.openProperty().not());
        Menu file = new Menu(I18n.t("menu.file"), null, newItem, open, recent, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem());
        file.getItems().addAll(interopItems());
        file.getItems().add(handoutItem());
        file.getItems().addAll(new SeparatorMenuItem(), close, quit);

        MenuItem undo = item("menu.edit.undo", "Shortcut+Z", session::undo);
        MenuItem redo = item("menu.edit.redo", "Shortcut+Shift+Z", session::redo);
        undo.disableProperty().bind(session.canUndoProperty().not().or(session.readOnlyProperty()));
        redo.disableProperty().bind(session.canRedoProperty().not().or(session.readOnlyProperty()));
        Menu edit = new Menu(I18n.t("menu.edit"), null, undo, redo);

        CheckMenuItem dark = new CheckMenuItem(I18n.t("menu.view.dark"));
        dark.setId("menu-dark");
        dark.setSelected(prefs.darkTheme());
        dark.selectedProperty().addListener((obs, o, n) -> {
            prefs.setDarkTheme(n);
            Themes.apply(stage.getScene(), n);
        });
        Menu view = new Menu(I18n.t("menu.view"), null, dark, new SeparatorMenuItem());
        view.getItems().addAll(viewControls.menuItems());
        view.getItems().addAll(new SeparatorMenuItem(), compareProvidersItem());

        MenuItem shortcuts = item("menu.help.shortcuts", "F1", () -> dialogs.showInfo(I18n.t("menu.help.shortcuts"),
                I18n.t("help.shortcuts")));
        MenuItem about = item("menu.help.about", null, () -> dialogs.showText(I18n.t("menu.help.about"),
                I18n.t("help.about", org.demarc.model.ProductVersion.current(), System.getProperty("java.runtime.version"),
                        System.getProperty("javafx.runtime.version", ""), logFileName()), notice()));
        Menu help = new Menu(I18n.t("menu.help"), null, shortcuts, about);
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** The licences of the bundled components, as shipped in the program. */
    static String notice() {
        try (var in = MainWindow.class.getResourceAsStream("/org/demarc/NOTICE")) {
            return in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /** Questionnaires, findings, next year's assessment and comparison (File menu). */
    private List<MenuItem> interopItems() {
        MenuItem exportQ = item("menu.file.exportQuestionnaire", null, interop::exportQuestionnaire);
        MenuItem importQ = item("menu.file.importQuestionnaire", null, interop::importQuestionnaire);
        MenuItem importScan = item("menu.file.importScan", null, interop::importScan);
        MenuItem findings = item("menu.file.exportFindings", null, interop::exportFindings);
        MenuItem fromPrevious = item("menu.file.newFromPrevious", null, interop::newFromPrevious);
        MenuItem compare = item("menu.file.compareWith", null, interop::compareWith);
        MenuItem merge = item("menu.file.mergeWith", null, interop::mergeWith);
        MenuItem portfolio = item("menu.file.portfolio", null, this::showPortfolio);
        for (MenuItem m : List.of(exportQ, findings, compare)) {
            m.disableProperty().bind(session.openProperty().not());
        }
        for (MenuItem m : List.of(importQ, importScan, merge)) {
            m.disableProperty().bind(session.openProperty().not().or(session.readOnlyProperty()));
        }
        return List.of(exportQ, importQ, importScan, findings, fromPrevious, compare, merge, portfolio);
    }

    /** A folder, then every assessment under it; the one double-clicked opens here. */
    private void showPortfolio() {
        Path current = session.fileProperty().get();
        dialogs.chooseFolder(I18n.t("portfolio.chooseFolder"), current == null ? null : current.getParent())
                .ifPresent(folder -> org.demarc.ui.interop.PortfolioWindow.show(stage, folder, clock, dialogs, files::open));
    }

    /** The Services step, its selected service (the first listed when none is) compared with its equivalents. */
    private MenuItem compareProvidersItem() {
        MenuItem item = item("menu.view.compareProviders", null, () -> {
            if (wizard.go(WizardStep.SERVICES)) {
                javafx.application.Platform.runLater(() -> {
                    if (root.lookup("#services-list") instanceof javafx.scene.control.ListView<?> list
                            && list.getSelectionModel().isEmpty()) {
                        list.getSelectionModel().selectFirst();
                    }
                    if (root.lookup("#services-compare") instanceof javafx.scene.control.Button button) {
                        button.fire();
                    }
                });
            }
        });
        item.setId("menu-compare-providers");
        item.disableProperty().bind(session.openProperty().not());
        return item;
    }

    /** The export step with its domain list, the focus on "Export handout…" (Space writes it). */
    private MenuItem handoutItem() {
        MenuItem handout = item("menu.file.exportHandout", null, () -> {
            if (wizard.go(WizardStep.EXPORT)) {
                javafx.application.Platform.runLater(() -> {
                    javafx.scene.Node button = root.lookup("#export-handout");
                    if (button != null) {
                        button.requestFocus();
                    }
                });
            }
        });
        handout.setId("menu-export-handout");
        handout.disableProperty().bind(session.openProperty().not());
        return handout;
    }

    static MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(I18n.t(key));
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    /** A banner about the open file (it cannot be saved in place, ...): shown without stopping the work. */
    private HBox noticeBar() {
        return NoticeBar.of("file-notice", files.noticeProperty(), "file-notice-dismiss", I18n.t("notice.dismiss"),
                files::dismissNotice);
    }

    private HBox statusBar() {
        Label text = new Label();
        text.setId("status-text");
        text.textProperty().bind(Bindings.createStringBinding(() -> {
            String state = session.assessment() == null ? ""
                    : session.signOffBrokenProperty().get() ? I18n.t("statusbar.signOffBroken")
                    : BundleOpening.isOpenBundle(session) ? I18n.t("statusbar.bundle")
                    : session.viewOnlyProperty().get() ? I18n.t("statusbar.readOnlyCopy")
                    : session.readOnlyProperty().get() ? I18n.t("statusbar.readOnly")
                    : session.isDirty() ? I18n.t("statusbar.unsaved")
                    : session.fileProperty().get() == null ? I18n.t("statusbar.notSaved") : I18n.t("statusbar.allSaved");
            String msg = files.messageProperty().get();
            return msg.isEmpty() ? state : state.isEmpty() ? msg : state + "  ·  " + msg;
        }, session.assessmentProperty(), session.dirtyProperty(), session.fileProperty(), files.messageProperty(),
                session.viewOnlyProperty()));
        ProgressBar busy = new ProgressBar(-1);
        busy.setPrefWidth(120);
        busy.visibleProperty().bind(Tasks.busyProperty());
        busy.setAccessibleText(I18n.t("statusbar.busy"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, text, spacer, busy);
        bar.setId("status-bar");
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static String logFileName() {
        java.nio.file.Path log = org.demarc.io.EventLog.file();
        return log == null ? I18n.t("help.about.noLog") : log.toString();
    }

    /** Closing the window or Quit: ask about unsaved work first. */
    public boolean requestQuit() {
        if (!files.confirmDiscard()) {
            return false;
        }
        files.flushJournal();
        files.shutdown();
        rememberWindow();
        stage.close();
        return true;
    }

    public void rememberWindow() {
        prefs.setWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
        prefs.flush();
    }
}

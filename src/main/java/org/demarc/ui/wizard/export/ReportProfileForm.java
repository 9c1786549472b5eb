package org.demarc.ui.wizard.export;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.demarc.io.InvalidFileException;
import org.demarc.io.Problem;
import org.demarc.model.Assessment;
import org.demarc.model.ReportProfile;
import org.demarc.project.ProfileFiles;
import org.demarc.ui.common.DialogService;
import org.demarc.ui.common.I18n;
import org.demarc.ui.common.Tasks;
import org.demarc.ui.session.AssessmentSession;

/**
 * The report profile of the export step: what is typed goes into the project at once (saved with
 * it, undoable like any edit), and what the project holds is shown again after an undo or an open.
 * A signed-off project may still be branded: the profile is not part of what was signed off. An
 * accent that is not #RRGGBB, or a logo that cannot be used, is said under its field and kept out
 * of the project; the text typed stays.
 */
public final class ReportProfileForm {
    private static final List<String> LOGO_EXTENSIONS = List.of("png", "jpg", "jpeg");

    private final AssessmentSession session;
    private final DialogService dialogs;
    private final StringProperty organisation = new SimpleStringProperty("");
    private final StringProperty classification = new SimpleStringProperty("");
    private final StringProperty footer = new SimpleStringProperty("");
    private final StringProperty accent = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper accentError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper logoName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper logoError = new ReadOnlyStringWrapper("");
    private boolean showing;

    ReportProfileForm(AssessmentSession session, DialogService dialogs) {
        this.session = session;
        this.dialogs = dialogs;
        bind(organisation, "organisation", ReportProfile::withOrganisation);
        bind(classification, "classification", ReportProfile::withClassification);
        bind(footer, "footer", ReportProfile::withFooter);
        accent.addListener((obs, o, n) -> {
            boolean valid = n.isBlank() || n.strip().matches("#[0-9a-fA-F]{6}");
            accentError.set(valid ? "" : I18n.t("export.profile.accent.invalid"));
            if (valid && !showing) {
                change("accent", p -> p.withAccent(n));
            }
        });
        show(session.assessment());
        session.assessmentProperty().addListener((obs, o, n) -> show(n));
    }

    private void bind(StringProperty field, String name, BiFunction<ReportProfile, String, ReportProfile> with) {
        field.addListener((obs, o, n) -> {
            if (!showing) {
                change(name, p -> with.apply(p, n));
            }
        });
    }

    private void change(String name, java.util.function.UnaryOperator<ReportProfile> change) {
        java.util.function.UnaryOperator<Assessment> edit = a -> a.withReportProfile(change.apply(a.reportProfile()));
        Assessment a = session.assessment();
        if (a != null && a.isSignedOff()) {
            session.record(edit);
        } else {
            session.edit("profile:" + name, edit);
        }
    }

    /** The fields say what the project holds (after an open, an undo); a field being typed in keeps its text. */
    private void show(Assessment a) {
        ReportProfile p = a == null ? ReportProfile.NONE : a.reportProfile();
        showing = true;
        try {
            setIfDifferent(organisation, p.organisation());
            setIfDifferent(classification, p.classification());
            setIfDifferent(footer, p.footer());
            if (accentError.get().isEmpty()) {
                setIfDifferent(accent, p.accent());
            }
            logoName.set(p.hasLogo() ? I18n.t("export.profile.logo.set", p.logoBytes().length) : "");
        } finally {
            showing = false;
        }
    }

    private static void setIfDifferent(StringProperty field, String value) {
        if (!field.get().strip().equals(value)) {
            field.set(value);
        }
    }

    /** Asks for a PNG or JPEG and puts it into the profile, or says why it cannot be used. */
    public void chooseLogo() {
        Path folder = session.fileProperty().get() == null ? null
                : session.fileProperty().get().toAbsolutePath().getParent();
        dialogs.chooseFileToOpen(I18n.t("export.profile.logo.choose"), folder, LOGO_EXTENSIONS).ifPresent(this::useLogo);
    }

    /** Reads and checks the logo file; on success it is embedded in the project. */
    public void useLogo(Path file) {
        try {
            byte[] bytes = ProfileFiles.readLogo(file);
            logoError.set("");
            change("logo", p -> p.withLogo(bytes));
        } catch (InvalidFileException e) {
            logoError.set(I18n.t("export.profile.logo.refused", file.getFileName(),
                    String.join("; ", e.problems().stream().map(Problem::text).toList())));
        } catch (java.io.IOException e) {
            logoError.set(I18n.t("export.profile.logo.refused", file.getFileName(), Tasks.describe(e)));
        }
    }

    public void clearLogo() {
        logoError.set("");
        change("logo", p -> p.withLogo(new byte[0]));
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public StringProperty classificationProperty() {
        return classification;
    }

    public StringProperty footerProperty() {
        return footer;
    }

    public StringProperty accentProperty() {
        return accent;
    }

    public ReadOnlyStringProperty accentErrorProperty() {
        return accentError.getReadOnlyProperty();
    }

    /** "PNG, 12 345 bytes"-like words for the logo in the project; empty when there is none. */
    public ReadOnlyStringProperty logoNameProperty() {
        return logoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty logoErrorProperty() {
        return logoError.getReadOnlyProperty();
    }
}

package org.demarc.ui.wizard.signoff;

import java.util.List;

import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.demarc.assessment.ContentFingerprint;
import org.demarc.model.Assessment;
import org.demarc.report.ProjectSigning;
import org.demarc.ui.common.I18n;
import org.demarc.ui.session.AssessmentSession;

/**
 * The sign-off step's status line: ready (with the fingerprint that would be signed), not ready
 * (with what is missing), locked, or broken (changed outside Demarc since it was signed off). It is
 * worked out only while {@link #shownProperty()} is true: the fingerprint hashes the whole content,
 * too much for every keystroke on another step.
 */
public final class SignOffStatus {
    private final AssessmentSession session;
    private final ObjectBinding<List<String>> missing;
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper signature = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper signatureProblem = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> missingLines = FXCollections.observableArrayList();

    SignOffStatus(AssessmentSession session, ObjectBinding<List<String>> missing) {
        this.session = session;
        this.missing = missing;
        session.assessmentProperty().addListener((obs, o, n) -> refreshIfShown());
        shown.addListener((obs, o, n) -> refreshIfShown());
    }

    /** Set by the view while the step is on screen. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The status reports a problem (a broken sign-off). */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Who digitally signed the project file, or why that signature no longer holds; empty without one. */
    public ReadOnlyStringProperty signatureProperty() {
        return signature.getReadOnlyProperty();
    }

    /** The project file's digital signature does not hold (content changed after signing, tampered). */
    public ReadOnlyBooleanProperty signatureProblemProperty() {
        return signatureProblem.getReadOnlyProperty();
    }

    /** What still stands in the way of signing off; empty once signed off. */
    public ObservableList<String> missingLines() {
        return missingLines;
    }

    private void refreshIfShown() {
        if (shown.get()) {
            refresh();
        }
    }

    void refresh() {
        Assessment a = session.assessment();
        problem.set(false);
        refreshSignature(a);
        if (a == null) {
            text.set("");
            missingLines.clear();
        } else if (a.isSignedOff()) {
            boolean broken = session.signOffBrokenProperty().get();
            text.set(broken ? I18n.t("signoff.broken", a.signOff().fingerprint(), ContentFingerprint.of(a))
                    : I18n.t("signoff.locked", org.demarc.ui.common.HumanTime.of(a.signOff().lockedAt()), a.signOff().fingerprint()));
            problem.set(broken);
            missingLines.clear();
        } else {
            List<String> now = missing.get();
            text.set(!now.isEmpty() ? I18n.t("signoff.notReady")
                    : a.draftSignatories().isEmpty() ? I18n.t("signoff.needsSignatory", ContentFingerprint.of(a))
                    : I18n.t("signoff.ready", ContentFingerprint.of(a)));
            missingLines.setAll(now);
        }
    }

    private void refreshSignature(Assessment a) {
        ProjectSigning.Status s = a == null ? null : ProjectSigning.status(a);
        boolean none = s == null || s.kind() == ProjectSigning.Kind.NOT_SIGNED;
        signature.set(none ? "" : s.problems().isEmpty() ? s.summary()
                : s.summary() + " " + String.join("; ", s.problems()));
        signatureProblem.set(!none && !s.valid());
    }
}

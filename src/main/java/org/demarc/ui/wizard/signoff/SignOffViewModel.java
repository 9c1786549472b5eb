package org.demarc.ui.wizard.signoff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.demarc.model.Assessment;
import org.demarc.report.ProjectSigning;
import org.demarc.report.ReportSigningException;
import org.demarc.report.SigningKey;
import org.demarc.ui.common.Tasks;
import org.demarc.model.Signatory;
import org.demarc.assessment.SignOffs;
import org.demarc.assessment.analysis.Completeness;
import org.demarc.assessment.analysis.SignOffWarnings;
import org.demarc.ui.common.I18n;
import org.demarc.ui.session.AssessmentSession;

/**
 * The sign-off step: what is still missing, the signatories being gathered, and the two commands
 * that lock (sign off) and unlock (reopen, which voids the sign-off and records it).
 */
public final class SignOffViewModel {
    private final AssessmentSession session;
    private final Supplier<Instant> now;
    private final ObservableList<Signatory> signatories = FXCollections.observableArrayList();
    private final ObjectBinding<List<String>> missing;
    private final ObjectBinding<List<String>> warnings;
    private final BooleanProperty warningsReviewed = new SimpleBooleanProperty(false);
    private final BooleanBinding canSignOff;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty organisation = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty statement = new SimpleStringProperty(I18n.t("signoff.statement.default"));
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper("");
    private final SignOffStatus status;
    private final BooleanProperty alsoSign = new SimpleBooleanProperty(false);

    public SignOffViewModel(AssessmentSession session, Supplier<Instant> now) {
        this.session = session;
        this.now = now;
        missing = Bindings.createObjectBinding(() -> session.analysis() == null ? List.of()
                : Completeness.missingForSignOff(session.analysis()), session.analysisProperty());
        warnings = Bindings.createObjectBinding(() -> session.analysis() == null ? List.of()
                : SignOffWarnings.of(session.analysis(), LocalDate.ofInstant(now.get(), ZoneId.systemDefault())),
                session.analysisProperty());
        // A warning that was not there when the box was ticked has not been reviewed.
        warnings.addListener((obs, o, n) -> {
            if (!n.equals(o)) {
                warningsReviewed.set(false);
            }
        });
        canSignOff = Bindings.createBooleanBinding(() -> session.assessment() != null
                        && !session.assessment().isSignedOff() && missing.get().isEmpty() && !signatories.isEmpty()
                        && (warnings.get().isEmpty() || warningsReviewed.get()),
                missing, warnings, warningsReviewed, signatories, session.assessmentProperty());
        // The list shows the assessment's own: the signed-off signatories, or the draft being gathered
        // (part of the assessment, so it is saved, journalled and undone like any edit).
        session.assessmentProperty().addListener((obs, o, n) -> showSignatoriesOf(n));
        showSignatoriesOf(session.assessment());
        date.set(LocalDate.ofInstant(now.get(), ZoneId.systemDefault()));
        status = new SignOffStatus(session, missing);
    }

    /** Whether the assessment is ready, locked or broken, and what is missing; see {@link SignOffStatus}. */
    public SignOffStatus status() {
        return status;
    }

    /** Signed off or opened read-only: no signatory can be added or removed. */
    public BooleanBinding readOnlyProperty() {
        return session.readOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty statementProperty() {
        return statement;
    }

    /** Why the signatory in the form was not added, under the field at fault; empty when it was. */
    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dateErrorProperty() {
        return dateError.getReadOnlyProperty();
    }

    /** Adds the signatory in the form and empties it for the next; false (with the reason) when incomplete. */
    public boolean addFromForm() {
        String problem = addSignatory(name.get(), role.get(), organisation.get(), date.get(), statement.get());
        nameError.set("signoff.error.name".equals(problem) ? I18n.t(problem) : "");
        dateError.set("signoff.error.date".equals(problem) ? I18n.t(problem) : "");
        if (problem != null) {
            return false;
        }
        name.set("");
        role.set("");
        organisation.set("");
        return true;
    }

    public ObservableList<Signatory> signatories() {
        return signatories;
    }

    public ObjectBinding<List<String>> missingProperty() {
        return missing;
    }

    /** What the auditor should see before signing: flagged, parked, unsupported answers, old provider reports. */
    public ObjectBinding<List<String>> warningsProperty() {
        return warnings;
    }

    /** "I have reviewed these warnings": needed to sign off while there are warnings. */
    public BooleanProperty warningsReviewedProperty() {
        return warningsReviewed;
    }

    public BooleanBinding canSignOffProperty() {
        return canSignOff;
    }

    /** Adds a signatory; null with a reason key when a required field is missing. */
    public String addSignatory(String name, String role, String organisation, LocalDate date, String statement) {
        if (name == null || name.isBlank()) {
            return "signoff.error.name";
        }
        if (date == null) {
            return "signoff.error.date";
        }
        Signatory added = new Signatory(name.strip(), role.strip(), organisation.strip(), date, statement.strip());
        session.edit(null, a -> {
            List<Signatory> more = new java.util.ArrayList<>(a.draftSignatories());
            more.add(added);
            return a.withDraftSignatories(more);
        });
        return null;
    }

    public void removeSignatory(int index) {
        if (index >= 0 && index < signatories.size() && !session.readOnlyProperty().get()) {
            session.edit(null, a -> {
                List<Signatory> fewer = new java.util.ArrayList<>(a.draftSignatories());
                fewer.remove(index);
                return a.withDraftSignatories(fewer);
            });
        }
    }

    private void showSignatoriesOf(org.demarc.model.Assessment a) {
        List<Signatory> shown = a == null ? List.of() : a.isSignedOff() ? a.signOff().signatories() : a.draftSignatories();
        if (!signatories.equals(shown)) {
            signatories.setAll(shown);
        }
    }

    public boolean signOff(String actor) {
        if (!canSignOff.get()) {
            return false;
        }
        session.changeSignOff(a -> SignOffs.signOff(a, List.copyOf(signatories), now.get(), actor));
        return true;
    }

    /** Whether signing off also signs the project file digitally with the auditor's certificate. */
    public BooleanProperty alsoSignProperty() {
        return alsoSign;
    }

    /**
     * Signs off, then signs the signed-off content with the key in the background and puts the
     * signature into the sign-off. The sign-off stands even when signing fails ({@code failed} gets
     * the reason, ready to show). The key's password is wiped in every case.
     */
    public void signOffAndSign(String actor, SigningKey key, Consumer<String> failed) {
        if (!signOff(actor)) {
            key.wipe();
            return;
        }
        Assessment signedOff = session.assessment();
        Instant at = now.get();
        Tasks.create(() -> ProjectSigning.sign(signedOff, key, at))
                // Only onto the sign-off it was made for: nothing else may have happened meanwhile.
                .onSuccess(signed -> session.changeSignOff(a -> a == signedOff ? signed : a))
                .onError(err -> failed.accept(err instanceof ReportSigningException ? err.getMessage()
                        : Tasks.describe(err)))
                .start();
    }

    public void reopen(String actor, String reason) {
        if (session.assessment() != null && session.assessment().isSignedOff()) {
            session.changeSignOff(a -> SignOffs.reopen(a, now.get(), actor, reason));
        }
    }
}

package org.demarc.ui.wizard.signoff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.demarc.model.Signatory;
import org.demarc.assessment.SignOffs;
import org.demarc.assessment.analysis.Completeness;
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
    private final BooleanBinding canSignOff;

    public SignOffViewModel(AssessmentSession session, Supplier<Instant> now) {
        this.session = session;
        this.now = now;
        missing = Bindings.createObjectBinding(() -> session.analysis() == null ? List.of()
                : Completeness.missingForSignOff(session.analysis()), session.analysisProperty());
        canSignOff = Bindings.createBooleanBinding(() -> session.assessment() != null
                        && !session.assessment().isSignedOff() && missing.get().isEmpty() && !signatories.isEmpty(),
                missing, signatories, session.assessmentProperty());
        session.assessmentProperty().addListener((obs, o, n) -> {
            if (n != null && n.isSignedOff()) {
                signatories.setAll(n.signOff().signatories());
            } else if (n == null || o == null || o.isSignedOff() || n.catalog() != o.catalog()) {
                signatories.clear();
            }
        });
        if (session.assessment() != null && session.assessment().isSignedOff()) {
            signatories.setAll(session.assessment().signOff().signatories());
        }
    }

    public ObservableList<Signatory> signatories() {
        return signatories;
    }

    public ObjectBinding<List<String>> missingProperty() {
        return missing;
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
        signatories.add(new Signatory(name.strip(), role.strip(), organisation.strip(), date, statement.strip()));
        return null;
    }

    public void removeSignatory(int index) {
        if (index >= 0 && index < signatories.size() && !session.readOnlyProperty().get()) {
            signatories.remove(index);
        }
    }

    public boolean signOff(String actor) {
        if (!canSignOff.get()) {
            return false;
        }
        session.changeSignOff(a -> SignOffs.signOff(a, List.copyOf(signatories), now.get(), actor));
        return true;
    }

    public void reopen(String actor, String reason) {
        if (session.assessment() != null && session.assessment().isSignedOff()) {
            session.changeSignOff(a -> SignOffs.reopen(a, now.get(), actor, reason));
        }
    }
}

package org.demarc.ui.wizard.responsibility;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.demarc.model.Assignment;
import org.demarc.model.CellReason;
import org.demarc.model.Control;
import org.demarc.model.Domain;
import org.demarc.model.ResponsibilityMatrix;
import org.demarc.ui.common.I18n;
import org.demarc.ui.session.AssessmentSession;

/**
 * The responsibility step: the matrix of the scope, the domains to filter its rows by, the rows
 * shown, and why the selected cell is assigned as it is. The matrix is taken from the session only
 * on {@link #refresh()}, which the view calls while it is on screen: nobody pays for a matrix
 * nobody looks at.
 */
public final class ResponsibilityViewModel {
    private final AssessmentSession session;
    private final ObjectBinding<ResponsibilityMatrix> current;
    private final ObservableList<Domain> domains = FXCollections.observableArrayList();
    private final ObjectProperty<Domain> domain = new SimpleObjectProperty<>();
    private final ObservableList<Control> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper(I18n.t("matrix.reason.hint"));
    private ResponsibilityMatrix matrix;

    public ResponsibilityViewModel(AssessmentSession session) {
        this.session = session;
        current = Bindings.createObjectBinding(() -> session.analysis() == null ? null : session.analysis().matrix(),
                session.analysisProperty());
        domain.addListener((obs, o, n) -> fillRows());
    }

    /**
     * Invalidated when the scope or the catalog may have changed the matrix; listen for
     * invalidation, not change, so the matrix is computed only when {@link #refresh()} asks for it.
     */
    public ObjectBinding<ResponsibilityMatrix> currentMatrixProperty() {
        return current;
    }

    /** The matrix as of the last {@link #refresh()}; null without an assessment. */
    public ResponsibilityMatrix matrix() {
        return matrix;
    }

    /** Whether {@link #refresh()} would show another matrix than the one shown. */
    public boolean isStale() {
        return matrix == null || matrix != current.get();
    }

    /** Takes the session's current matrix; keeps the domain filter when the domain still exists. */
    public void refresh() {
        matrix = current.get();
        Domain keep = domain.get();
        domains.setAll(matrix == null ? java.util.List.of() : session.assessment().catalog().domains());
        domain.set(domains.contains(keep) ? keep : null);
        fillRows();
    }

    /** The catalog's domains; a null filter means all of them. */
    public ObservableList<Domain> domains() {
        return domains;
    }

    public ObjectProperty<Domain> domainProperty() {
        return domain;
    }

    /** The matrix's controls in the chosen domain. */
    public ObservableList<Control> rows() {
        return rows;
    }

    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /** Explains the cell of {@code controlId} and {@code serviceId}. */
    public void select(String controlId, String serviceId) {
        if (matrix != null && controlId != null && serviceId != null) {
            reason.set(describe(matrix.cell(controlId, serviceId)));
        }
    }

    private void fillRows() {
        Domain d = domain.get();
        rows.setAll(matrix == null ? java.util.List.of()
                : matrix.controls().stream().filter(c -> d == null || c.domainId().equals(d.id())).toList());
    }

    static String describe(Assignment a) {
        String who = I18n.t("responsibility." + a.responsibility().name());
        if (a.reason() == CellReason.SERVICE_OVERRIDE) {
            return I18n.t("matrix.reason.override", a.controlId(), a.serviceId(), who, a.rationale());
        }
        return I18n.t("matrix.reason.default", a.controlId(), a.serviceId(), who,
                I18n.t("category." + a.category().name()));
    }
}

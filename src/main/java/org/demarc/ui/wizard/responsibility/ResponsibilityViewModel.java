package org.demarc.ui.wizard.responsibility;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.demarc.catalog.engine.ResponsibilityEngine;
import org.demarc.model.Assignment;
import org.demarc.model.CategoryProfile;
import org.demarc.model.CellReason;
import org.demarc.model.Control;
import org.demarc.model.Domain;
import org.demarc.model.Provider;
import org.demarc.model.ResponsibilityMatrix;
import org.demarc.model.Service;
import org.demarc.model.ServiceOverride;
import org.demarc.model.ServiceVariant;
import org.demarc.model.Source;
import org.demarc.ui.common.DialogService;
import org.demarc.ui.common.I18n;
import org.demarc.ui.session.AssessmentSession;

/**
 * The responsibility step: the matrix of the scope, the filters on its rows and columns, the rows
 * and services shown, why the selected cell is assigned as it is, and the export of what is shown.
 * The matrix is taken from the session only on {@link #refresh()}, which the view calls while it is
 * on screen; a matrix equal to the one shown is not taken at all, so an edit that changes no
 * responsibility costs the view nothing.
 */
public final class ResponsibilityViewModel {
    private final AssessmentSession session;
    private final ObjectBinding<ResponsibilityMatrix> current;
    private final ObservableList<Domain> domains = FXCollections.observableArrayList();
    private final ObservableList<Service> services = FXCollections.observableArrayList();
    private final ObjectProperty<Domain> domain = new SimpleObjectProperty<>();
    private final ObjectProperty<Service> service = new SimpleObjectProperty<>();
    private final ObjectProperty<ShareFilter> share = new SimpleObjectProperty<>(ShareFilter.ALL);
    private final BooleanProperty overridesOnly = new SimpleBooleanProperty();
    private final ObservableList<Control> rows = FXCollections.observableArrayList();
    private final ObservableList<Service> shownServices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper(I18n.t("matrix.reason.hint"));
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");
    private final MatrixFiles files;
    private ResponsibilityMatrix matrix;
    private boolean refreshing;

    public ResponsibilityViewModel(AssessmentSession session, DialogService dialogs) {
        this.session = session;
        this.files = new MatrixFiles(dialogs);
        current = Bindings.createObjectBinding(() -> session.analysis() == null ? null : session.analysis().matrix(),
                session.analysisProperty());
        domain.addListener((obs, o, n) -> applyFilter());
        service.addListener((obs, o, n) -> applyFilter());
        share.addListener((obs, o, n) -> applyFilter());
        overridesOnly.addListener((obs, o, n) -> applyFilter());
    }

    /**
     * Invalidated when the scope or the catalog may have changed the matrix; listen for
     * invalidation, not change, so the matrix is computed only when {@link #refresh()} asks for it.
     */
    public ObjectBinding<ResponsibilityMatrix> currentMatrixProperty() {
        return current;
    }

    /** The matrix as of the last {@link #refresh()} that changed it; null without an assessment. */
    public ResponsibilityMatrix matrix() {
        return matrix;
    }

    /** Whether {@link #refresh()} would show another matrix than the one shown. */
    public boolean isStale() {
        ResponsibilityMatrix next = current.get();
        return matrix == null || !Objects.equals(matrix, next);
    }

    /**
     * Takes the session's current matrix unless it equals the one shown; keeps every filter whose
     * domain or service still exists. True when the matrix shown changed.
     */
    public boolean refresh() {
        ResponsibilityMatrix next = current.get();
        if (matrix != null && matrix.equals(next)) {
            return false;
        }
        matrix = next;
        refreshing = true;
        try {
            Domain keepDomain = domain.get();
            Service keepService = service.get();
            // Unchanged lists stay as they are: the filters' drop-downs keep their items.
            List<Domain> nextDomains = matrix == null ? List.of() : session.assessment().catalog().domains();
            if (!domains.equals(nextDomains)) {
                domains.setAll(nextDomains);
            }
            List<Service> nextServices = matrix == null ? List.of() : matrix.services();
            if (!services.equals(nextServices)) {
                services.setAll(nextServices);
            }
            domain.set(domains.contains(keepDomain) ? keepDomain : null);
            service.set(services.contains(keepService) ? keepService : null);
        } finally {
            refreshing = false;
        }
        applyFilter();
        reason.set(I18n.t("matrix.reason.hint"));
        source.set("");
        return true;
    }

    /** The catalog's domains; a null filter means all of them. */
    public ObservableList<Domain> domains() {
        return domains;
    }

    public ObjectProperty<Domain> domainProperty() {
        return domain;
    }

    /** The services in scope; a null filter means all of them. */
    public ObservableList<Service> services() {
        return services;
    }

    public ObjectProperty<Service> serviceProperty() {
        return service;
    }

    public ObjectProperty<ShareFilter> shareProperty() {
        return share;
    }

    public BooleanProperty overridesOnlyProperty() {
        return overridesOnly;
    }

    /** The controls shown: those of the matrix that pass the filters. */
    public ObservableList<Control> rows() {
        return rows;
    }

    /** The service columns shown, in catalog order. */
    public ObservableList<Service> shownServices() {
        return shownServices;
    }

    /** The cell of the matrix shown; null when there is none. */
    public Assignment cell(String controlId, String serviceId) {
        if (matrix == null) {
            return null;
        }
        Map<String, Assignment> row = matrix.cells().get(controlId);
        return row == null ? null : row.get(serviceId);
    }

    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /** The page the selected cell rests on, as text to read or copy (the program is offline); empty before a selection. */
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exportResultProperty() {
        return files.resultProperty();
    }

    /** Explains the cell of {@code controlId} and {@code serviceId}, naming the control and the service. */
    public void select(String controlId, String serviceId) {
        Assignment a = cell(controlId, serviceId);
        if (a == null) {
            return;
        }
        Control control = matrix.controls().stream().filter(c -> c.id().equals(controlId)).findFirst().orElseThrow();
        Service svc = matrix.services().stream().filter(s -> s.id().equals(serviceId)).findFirst().orElseThrow();
        reason.set(describe(a, control, serviceLabel(svc)));
        source.set(sourceText(cellSource(a, control, svc)));
    }

    /** The service's name as the matrix shows it, with the variant it is assessed in. */
    public String serviceLabel(Service s) {
        return matrix == null ? s.name() : matrix.serviceLabel(s);
    }

    /** The providers of the assessment, in its catalog's order; empty without an assessment. */
    public List<Provider> providers() {
        return session.assessment() == null ? List.of() : session.assessment().catalog().providers();
    }

    /** The provider whose catalog holds the service. */
    public Provider providerOf(Service s) {
        return session.assessment().catalog().providerOf(s.id());
    }

    /** The override's page for an overridden cell (the variant's before the service's), the category's for a default one. */
    private Source cellSource(Assignment a, Control control, Service svc) {
        if (a.reason().isOverride()) {
            ServiceVariant variant = matrix.variant(svc.id()).orElse(null);
            return ResponsibilityEngine.deciding(control, svc, variant).map(ServiceOverride::source).orElse(null);
        }
        // The category page of the service's own provider: each provider defines its categories.
        return session.assessment().catalog().profileOf(svc).map(CategoryProfile::source).orElse(null);
    }

    /** A page as the "Why this cell" panel shows it, or that none is named. */
    public static String sourceText(Source s) {
        return s == null ? I18n.t("matrix.source.none")
                : I18n.t("matrix.source.value", s.title(), s.url(), s.checked().toString());
    }

    /** Asks where to write the rows and services shown as CSV, and writes them. */
    public void exportCsv() {
        if (matrix != null) {
            files.exportCsv(shown(), session.assessment().catalog());
        }
    }

    /** Asks where to write the picture of the matrix shown, and writes it. */
    public void exportPng(byte[] png) {
        if (matrix != null) {
            files.exportPng(png);
        }
    }

    /** The part of the matrix that is on screen, for export. */
    ResponsibilityMatrix shown() {
        Map<String, Map<String, Assignment>> cells = new java.util.HashMap<>();
        for (Control c : rows) {
            Map<String, Assignment> row = new java.util.HashMap<>();
            for (Service s : shownServices) {
                row.put(s.id(), matrix.cell(c.id(), s.id()));
            }
            cells.put(c.id(), row);
        }
        return new ResponsibilityMatrix(rows, shownServices, cells);
    }

    private void applyFilter() {
        if (refreshing) {
            return;
        }
        if (matrix == null) {
            shownServices.clear();
            rows.clear();
            return;
        }
        MatrixFilter filter = new MatrixFilter(domain.get(), service.get(), share.get(), overridesOnly.get());
        List<Service> cols = filter.services(matrix);
        // Same columns: leave the list alone, so the view keeps its columns as they are.
        if (!cols.equals(shownServices)) {
            shownServices.setAll(cols);
        }
        List<Control> shownRows = filter.controls(matrix, cols);
        if (!shownRows.equals(rows)) {
            rows.setAll(shownRows);
        }
    }

    /** Why the cell reads as it does; {@code service} is the service's name with its variant's, if any. */
    public static String describe(Assignment a, Control control, String service) {
        String who = a.label();
        if (a.reason() == CellReason.VARIANT_OVERRIDE) {
            return I18n.t("matrix.reason.variant", control.id(), control.title(), service, who, a.variant(),
                    a.rationale());
        }
        if (a.reason() == CellReason.SERVICE_OVERRIDE) {
            return I18n.t("matrix.reason.override", control.id(), control.title(), service, who, a.rationale());
        }
        return I18n.t("matrix.reason.default", control.id(), control.title(), service, who,
                I18n.t("category." + a.category().name()));
    }
}

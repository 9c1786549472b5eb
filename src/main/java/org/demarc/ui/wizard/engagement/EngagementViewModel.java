package org.demarc.ui.wizard.engagement;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.demarc.model.Assessment;
import org.demarc.model.Engagement;
import org.demarc.ui.common.I18n;
import org.demarc.ui.session.AssessmentSession;

/**
 * The engagement form: title, client, workload, assessors (one per line), dates and scope
 * statement. Every field writes through to the session; validation says what is wrong where.
 */
public final class EngagementViewModel {
    private final AssessmentSession session;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty client = new SimpleStringProperty("");
    private final StringProperty workload = new SimpleStringProperty("");
    private final StringProperty assessors = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
    private final StringProperty scopeStatement = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper titleError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper clientError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper datesError = new ReadOnlyStringWrapper("");
    private final AttendeesViewModel attendees;
    private boolean updating;

    public EngagementViewModel(AssessmentSession session) {
        this.session = session;
        attendees = new AttendeesViewModel(session);
        session.assessmentProperty().addListener((obs, o, n) -> pull(n));
        pull(session.assessment());
        title.addListener((obs, o, n) -> push("title", e -> e.withTitle(n)));
        client.addListener((obs, o, n) -> push("client", e -> e.withClient(n)));
        workload.addListener((obs, o, n) -> push("workload", e -> e.withWorkload(n)));
        assessors.addListener((obs, o, n) -> push("assessors", e -> e.withAssessors(splitLines(n))));
        startDate.addListener((obs, o, n) -> push("startDate", e -> e.withStartDate(n)));
        endDate.addListener((obs, o, n) -> push("endDate", e -> e.withEndDate(n)));
        scopeStatement.addListener((obs, o, n) -> push("scopeStatement", e -> e.withScopeStatement(n)));
    }

    static boolean datesInOrder(LocalDate start, LocalDate end) {
        return start == null || end == null || !end.isBefore(start);
    }

    static List<String> splitLines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private void push(String field, java.util.function.UnaryOperator<Engagement> change) {
        if (updating) {
            return;
        }
        session.edit("engagement." + field, a -> a.withEngagement(change.apply(a.engagement())));
        validate();
    }

    private void pull(Assessment a) {
        updating = true;
        try {
            Engagement e = a == null ? Engagement.empty() : a.engagement();
            setIfChanged(title, e.title());
            setIfChanged(client, e.client());
            setIfChanged(workload, e.workload());
            if (!splitLines(assessors.get()).equals(e.assessors())) {
                assessors.set(String.join("\n", e.assessors()));
            }
            startDate.set(e.startDate());
            endDate.set(e.endDate());
            setIfChanged(scopeStatement, e.scopeStatement());
        } finally {
            updating = false;
        }
        validate();
    }

    private static void setIfChanged(StringProperty p, String value) {
        if (!p.get().equals(value)) {
            p.set(value);
        }
    }

    private void validate() {
        titleError.set(title.get().isBlank() ? I18n.t("engagement.error.title") : "");
        clientError.set(client.get().isBlank() ? I18n.t("engagement.error.client") : "");
        datesError.set(datesInOrder(startDate.get(), endDate.get()) ? "" : I18n.t("engagement.error.dates"));
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty clientProperty() {
        return client;
    }

    public StringProperty workloadProperty() {
        return workload;
    }

    public StringProperty assessorsProperty() {
        return assessors;
    }

    public ObjectProperty<LocalDate> startDateProperty() {
        return startDate;
    }

    public ObjectProperty<LocalDate> endDateProperty() {
        return endDate;
    }

    public StringProperty scopeStatementProperty() {
        return scopeStatement;
    }

    /** The client's workshop attendees, edited row by row. */
    public AttendeesViewModel attendees() {
        return attendees;
    }

    public ReadOnlyStringProperty titleErrorProperty() {
        return titleError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clientErrorProperty() {
        return clientError.getReadOnlyProperty();
    }

    /** Signed off or opened read-only: the form cannot be edited. */
    public BooleanBinding readOnlyProperty() {
        return session.readOnlyProperty();
    }

    public ReadOnlyStringProperty datesErrorProperty() {
        return datesError.getReadOnlyProperty();
    }
}

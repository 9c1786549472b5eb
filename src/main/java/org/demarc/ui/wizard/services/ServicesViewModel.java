package org.demarc.ui.wizard.services;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.TreeSet;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.demarc.model.Assessment;
import org.demarc.model.Catalog;
import org.demarc.model.Category;
import org.demarc.model.Service;
import org.demarc.model.ServiceVariant;
import org.demarc.ui.common.I18n;
import org.demarc.ui.session.AssessmentSession;

/**
 * The services step: the catalog's services, searched as you type and filtered by group and
 * category, with the ones in scope checked, and the deployment variant of the selected service
 * when it has variants and is in scope.
 */
public final class ServicesViewModel {
    private final AssessmentSession session;
    private final ObservableList<Service> all = FXCollections.observableArrayList();
    private final FilteredList<Service> filtered = new FilteredList<>(all);
    private final SortedList<Service> visible = new SortedList<>(filtered);
    private final ObservableList<String> groups = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<String> group = new SimpleObjectProperty<>();
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final IntegerBinding selectedCount;
    private final ObjectBinding<Set<String>> scope;
    private final ObjectProperty<Service> selected = new SimpleObjectProperty<>();
    private final ObservableList<ServiceVariant> variantChoices = FXCollections.observableArrayList();
    private final ObjectProperty<ServiceVariant> variant = new SimpleObjectProperty<>();
    private final BooleanProperty variantOffered = new SimpleBooleanProperty();
    private final BooleanProperty variantEditable = new SimpleBooleanProperty();
    private boolean showingVariant;
    private Catalog catalog;

    public ServicesViewModel(AssessmentSession session) {
        this.session = session;
        session.assessmentProperty().addListener((obs, o, n) -> {
            if (n == null || o == null || n.catalog() != o.catalog()) {
                refreshCatalog(n);
            }
        });
        refreshCatalog(session.assessment());
        search.addListener((obs, o, n) -> refilter());
        group.addListener((obs, o, n) -> refilter());
        category.addListener((obs, o, n) -> refilter());
        scope = Bindings.createObjectBinding(() -> session.assessment() == null ? Set.of()
                : session.assessment().scope(), session.assessmentProperty());
        selectedCount = Bindings.createIntegerBinding(
                () -> session.assessment() == null ? 0 : session.assessment().scope().size(), session.assessmentProperty());
        selected.addListener((obs, o, n) -> showVariant());
        session.assessmentProperty().addListener((obs, o, n) -> showVariant());
        variant.addListener((obs, o, n) -> {
            if (!showingVariant && n != null && selected.get() != null) {
                setVariant(selected.get(), n);
            }
        });
    }

    /** Shows the selected service's variants and the one chosen; nothing for a service without variants. */
    private void showVariant() {
        Service s = selected.get();
        Assessment a = session.assessment();
        showingVariant = true;
        try {
            boolean offered = s != null && a != null && s.hasVariants();
            List<ServiceVariant> choices = offered ? s.variants() : List.of();
            // Only when they differ: the list may be the open popup's, mid-way through a key press.
            if (!variantChoices.equals(choices)) {
                variantChoices.setAll(choices);
            }
            variant.set(offered ? variantOf(s) : null);
            variantOffered.set(offered);
            variantEditable.set(offered && a.scope().contains(s.id()));
        } finally {
            showingVariant = false;
        }
    }

    /** The variant a service is assessed in: the one chosen, else its default; null without variants. */
    public ServiceVariant variantOf(Service s) {
        Assessment a = session.assessment();
        String chosen = a == null ? null : a.variantOf(s.id()).orElse(null);
        return s.variantOrDefault(chosen).orElse(null);
    }

    /**
     * Deploys a service in scope as {@code v}; one undo step, like checking a service, however many
     * variants the arrow keys pass through on the way.
     */
    public void setVariant(Service s, ServiceVariant v) {
        session.edit("variant:" + s.id(), a -> {
            if (!a.scope().contains(s.id()) || v.id().equals(a.variantOf(s.id()).orElse(null))
                    || v.isDefault() && a.variantOf(s.id()).isEmpty()) {
                return a;
            }
            return a.withVariant(s.id(), v.isDefault() ? null : v.id());
        });
    }

    private void refreshCatalog(Assessment a) {
        catalog = a == null ? null : a.catalog();
        all.setAll(catalog == null ? List.of() : catalog.services());
        if (catalog != null && catalog.isCombined()) {
            // Over several providers: each provider, then its own groups ("Microsoft Azure · Databases").
            List<String> entries = new java.util.ArrayList<>();
            for (org.demarc.model.Provider p : catalog.providers()) {
                entries.add(p.name());
                all.stream().filter(s -> catalog.providerOf(s.id()).equals(p)).map(this::groupOf).distinct().sorted()
                        .forEach(entries::add);
            }
            groups.setAll(entries);
        } else {
            groups.setAll(all.stream().map(Service::group).distinct().sorted().toList());
        }
        group.set(null);
        refilter();
    }

    /** The group a service is listed under: its own, led by its provider's name over several providers. */
    private String groupOf(Service s) {
        return catalog != null && catalog.isCombined()
                ? I18n.t("services.group.ofProvider", catalog.providerOf(s.id()).name(), s.group()) : s.group();
    }

    private boolean inGroup(Service s, String chosen) {
        return chosen == null || chosen.equals(groupOf(s))
                || catalog != null && catalog.isCombined() && chosen.equals(catalog.providerOf(s.id()).name());
    }

    private void refilter() {
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        filtered.setPredicate(s -> inGroup(s, group.get())
                && (category.get() == null || category.get() == s.category())
                && (needle.isEmpty() || rank(s, needle) < NO_MATCH));
        // Best matches first (name, then id, then group or description), catalog order within a rank.
        visible.setComparator(Comparator.<Service>comparingInt(s -> needle.isEmpty() ? 0 : rank(s, needle))
                .thenComparingInt(all::indexOf));
    }

    private static final int NO_MATCH = 5;

    /** How well a service matches the search: 0 is best, {@link #NO_MATCH} is none. */
    static int rank(Service s, String needle) {
        String name = s.name().toLowerCase(Locale.ROOT);
        if (name.equals(needle) || s.id().toLowerCase(Locale.ROOT).equals("aws." + needle)
                || java.util.Arrays.asList(name.split("[^\\p{L}\\p{N}]+")).contains(needle)) {
            return 0;
        }
        if (name.contains(needle)) {
            return 1;
        }
        if (s.id().toLowerCase(Locale.ROOT).contains(needle)) {
            return 2;
        }
        if (s.group().toLowerCase(Locale.ROOT).contains(needle) || s.description().toLowerCase(Locale.ROOT).contains(needle)) {
            return 3;
        }
        return NO_MATCH;
    }

    public boolean isInScope(Service s) {
        Assessment a = session.assessment();
        return a != null && a.scope().contains(s.id());
    }

    /** Puts a service in or out of scope; recorded in the history as a material change. */
    public void setInScope(Service s, boolean inScope) {
        session.edit(null, a -> {
            if (a.scope().contains(s.id()) == inScope) {
                return a;
            }
            TreeSet<String> scope = new TreeSet<>(a.scope());
            if (inScope) {
                scope.add(s.id());
            } else {
                scope.remove(s.id());
            }
            return a.withScope(scope);
        });
    }

    /** What the service's category leaves to the customer, in its own provider's catalog's words. */
    public String customerKeeps(Service s) {
        Assessment a = session.assessment();
        return a == null ? "" : a.catalog().profileOf(s).map(p -> p.customerKeeps()).orElse("");
    }

    public SortedList<Service> visibleServices() {
        return visible;
    }

    public ObservableList<String> groups() {
        return groups;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<String> groupProperty() {
        return group;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    /** The services in scope; changes whenever a service is checked or unchecked. */
    public ObjectBinding<Set<String>> scopeProperty() {
        return scope;
    }

    /** Signed off or opened read-only: the scope cannot change. */
    public BooleanBinding readOnlyProperty() {
        return session.readOnlyProperty();
    }

    /**
     * True when the selected service is of a provider whose catalog ships, so it can be compared
     * with its equivalents (the catalogs themselves are read only when the comparison opens).
     */
    public javafx.beans.binding.BooleanBinding comparableProperty() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && org.demarc.catalog.BuiltInCatalogs
                .named(org.demarc.catalog.ServiceIds.provider(selected.get().id())).isPresent(), selected);
    }

    /** The service selected in the list, whose variant is offered. */
    public ObjectProperty<Service> selectedProperty() {
        return selected;
    }

    public ObservableList<ServiceVariant> variantChoices() {
        return variantChoices;
    }

    /** The selected service's variant; setting it (while the service is in scope) changes the assessment. */
    public ObjectProperty<ServiceVariant> variantProperty() {
        return variant;
    }

    /** True when the selected service has variants. */
    public BooleanProperty variantOfferedProperty() {
        return variantOffered;
    }

    /** True when the selected service has variants and is in scope, so its variant can be chosen. */
    public BooleanProperty variantEditableProperty() {
        return variantEditable;
    }

    public IntegerBinding selectedCountProperty() {
        return selectedCount;
    }
}

package org.demarc.ui.wizard.responsibility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.demarc.model.Control;
import org.demarc.model.Provider;
import org.demarc.model.Service;

/**
 * The top row of the service table's header: over several providers, a column per provider
 * (named as its catalog names it, in the catalog's provider order) holding that provider's service
 * columns; over one provider, the service columns themselves, as before. The provider columns are
 * made once per provider and refilled as the window of service columns moves.
 */
final class ProviderColumns {
    private final ResponsibilityViewModel model;
    private final Map<String, TableColumn<Control, ?>> parents = new HashMap<>();

    ProviderColumns(ResponsibilityViewModel model) {
        this.model = model;
    }

    /** The table's columns for the services shown, each service's own column given by {@code columnOf}. */
    List<TableColumn<Control, ?>> arrange(List<Service> services, Function<Service, TableColumn<Control, ?>> columnOf) {
        List<Provider> providers = model.providers();
        if (providers.size() < 2) {
            release(List.of());
            return services.stream().map(columnOf).toList();
        }
        Map<Provider, List<TableColumn<Control, ?>>> byProvider = new LinkedHashMap<>();
        providers.forEach(p -> byProvider.put(p, new ArrayList<>()));
        for (Service s : services) {
            byProvider.computeIfAbsent(model.providerOf(s), p -> new ArrayList<>()).add(columnOf.apply(s));
        }
        List<TableColumn<Control, ?>> top = new ArrayList<>();
        byProvider.forEach((provider, columns) -> {
            if (!columns.isEmpty()) {
                TableColumn<Control, ?> parent = parents.computeIfAbsent(provider.id(), k -> parent(provider));
                if (!parent.getColumns().equals(columns)) {
                    parent.getColumns().setAll(columns);
                }
                top.add(parent);
            }
        });
        release(top);
        return top;
    }

    /** Empties the provider columns not shown: a service column keeps the parent it was last under. */
    private void release(List<TableColumn<Control, ?>> shown) {
        parents.values().stream().filter(p -> !shown.contains(p)).forEach(p -> p.getColumns().clear());
    }

    private static TableColumn<Control, ?> parent(Provider provider) {
        TableColumn<Control, Void> column = new TableColumn<>("");
        // Over two narrow service columns the name is cut: the tooltip gives it whole.
        Label name = new Label(provider.name());
        name.setTooltip(new Tooltip(provider.name()));
        name.getStyleClass().add("matrix-provider-name");
        column.setGraphic(name);
        column.setId("matrix-provider-" + provider.id());
        column.getStyleClass().add("matrix-provider");
        column.setSortable(false);
        column.setReorderable(false);
        return column;
    }
}

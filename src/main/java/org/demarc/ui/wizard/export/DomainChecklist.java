package org.demarc.ui.wizard.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.demarc.model.Catalog;
import org.demarc.model.Domain;

/**
 * The catalog's domains with a tick each, for an excerpt of selected domains and for the handout.
 * A new catalog keeps the ticks of the domains it still has; a domain it adds starts ticked.
 */
public final class DomainChecklist {
    /** One domain and whether it is chosen. */
    public record Item(String id, String name, BooleanProperty selected) {
    }

    private final ObservableList<Item> items = FXCollections.observableArrayList();

    public ObservableList<Item> items() {
        return items;
    }

    void show(Catalog catalog) {
        List<Domain> domains = catalog == null ? List.of() : catalog.domains();
        if (items.stream().map(Item::id).toList().equals(domains.stream().map(Domain::id).toList())) {
            return;
        }
        Map<String, Boolean> before = new HashMap<>();
        items.forEach(i -> before.put(i.id(), i.selected().get()));
        items.setAll(domains.stream()
                .map(d -> new Item(d.id(), d.name(), new SimpleBooleanProperty(before.getOrDefault(d.id(), true))))
                .toList());
    }

    /** The ticked domains' ids, in catalog order. */
    public List<String> selectedIds() {
        return items.stream().filter(i -> i.selected().get()).map(Item::id).toList();
    }

    public void selectAll(boolean selected) {
        items.forEach(i -> i.selected().set(selected));
    }
}

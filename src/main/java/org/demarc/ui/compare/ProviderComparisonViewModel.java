package org.demarc.ui.compare;

import java.util.List;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.demarc.catalog.compare.EquivalentServices;
import org.demarc.catalog.compare.ProviderComparison;
import org.demarc.catalog.compare.ProviderComparison.Column;
import org.demarc.model.Control;
import org.demarc.model.Source;
import org.demarc.ui.common.I18n;
import org.demarc.ui.wizard.responsibility.ResponsibilityViewModel;

/**
 * One service beside its equivalents on the other providers, from the built-in catalogs, and the
 * reason and page of the cell selected.
 */
public final class ProviderComparisonViewModel {
    private final ProviderComparison comparison;
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper(I18n.t("compare.providers.hint"));
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");

    private ProviderComparisonViewModel(ProviderComparison comparison) {
        this.comparison = comparison;
    }

    /** The comparison of a service of the built-in catalogs; null when none of them has that id. */
    public static ProviderComparisonViewModel of(String serviceId) {
        return ProviderComparison.of(EquivalentServices.builtIn(), serviceId, false)
                .map(ProviderComparisonViewModel::new).orElse(null);
    }

    public List<Control> controls() {
        return comparison.controls();
    }

    public List<Column> columns() {
        return comparison.columns();
    }

    /** "Amazon EC2 and its equivalents", or that it has none. */
    public String heading() {
        String name = comparison.columns().get(0).label();
        return comparison.alone() ? I18n.t("compare.providers.alone", name) : I18n.t("compare.providers.heading", name);
    }

    /** The comparison pages the equivalents rest on, one line each. */
    public String pairedBy() {
        return comparison.columns().stream().flatMap(c -> c.equivalent().pairedBy().stream()).distinct()
                .map(s -> I18n.t("compare.providers.pairedBy", s.title(), s.url()))
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }

    /** A column's header: the service (and variant) over its provider. */
    public static String header(Column c) {
        return I18n.t("compare.providers.column", c.label(), c.equivalent().providerName());
    }

    /** Explains the cell of a control in a column, with the page an override rests on. */
    public void select(Control control, Column column) {
        column.cell(control).ifPresentOrElse(a -> {
            reason.set(ResponsibilityViewModel.describe(a, control, header(column)));
            Source page = column.source(control).orElse(null);
            source.set(a.reason().isOverride() ? ResponsibilityViewModel.sourceText(page) : "");
        }, () -> {
            reason.set(I18n.t("compare.providers.noControl", control.id(), column.equivalent().providerName()));
            source.set("");
        });
    }

    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }
}

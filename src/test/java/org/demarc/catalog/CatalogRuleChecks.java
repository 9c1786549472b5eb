package org.demarc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.demarc.catalog.engine.ResponsibilityEngine;
import org.demarc.model.Catalog;
import org.demarc.model.Responsibility;
import org.demarc.model.Service;

/** The rules of src/docs/catalog-authoring.md that hold on every provider's built-in catalog. */
final class CatalogRuleChecks {
    private CatalogRuleChecks() {
    }

    static Responsibility cell(Catalog catalog, String control, String service) {
        Service s = catalog.service(service).orElseThrow();
        return ResponsibilityEngine.assign(catalog.control(control).orElseThrow(), s).responsibility();
    }

    /** A customer that can log in to (or run code as root on) its nodes never inherits guest OS, malware or platform work. */
    static void noProviderGuestOsWorkWhereTheCustomerHasOsAccess(Catalog catalog, List<String> services) {
        for (String s : services) {
            for (String c : List.of("PAT-02", "PLT-01", "PLT-02")) {
                assertThat(cell(catalog, c, s)).as(c + " on " + s).isNotEqualTo(Responsibility.PROVIDER);
            }
        }
    }

    /** Patches applied in a window the customer chooses, or that it may postpone, are shared. */
    static void maintenanceWindowPatchingIsShared(Catalog catalog, List<String> services) {
        for (String s : services) {
            assertThat(cell(catalog, "PAT-02", s)).as(s).isEqualTo(Responsibility.SHARED);
        }
    }
}

package org.demarc.ui.wizard.responsibility;

import java.util.List;

import org.demarc.model.Assignment;
import org.demarc.model.Control;
import org.demarc.model.Domain;
import org.demarc.model.Responsibility;
import org.demarc.model.ResponsibilityMatrix;
import org.demarc.model.Service;

/**
 * Which part of the matrix is shown: a domain, one service, the rows where the customer holds a
 * share (or none), overrides only. Plain values, so the rules are tested without a window.
 */
record MatrixFilter(Domain domain, Service service, ShareFilter share, boolean overridesOnly) {

    /** The services shown: the one chosen, else those with an override in the rows of the other filters. */
    List<Service> services(ResponsibilityMatrix m) {
        if (service != null) {
            return m.services().stream().filter(s -> s.id().equals(service.id())).toList();
        }
        if (!overridesOnly) {
            return m.services();
        }
        List<Control> candidates = m.controls().stream().filter(this::inDomain).toList();
        return m.services().stream()
                .filter(s -> candidates.stream().anyMatch(c -> isOverride(m.cell(c.id(), s.id()))))
                .toList();
    }

    /** The controls shown, for the services shown. */
    List<Control> controls(ResponsibilityMatrix m, List<Service> shown) {
        return m.controls().stream()
                .filter(this::inDomain)
                .filter(c -> shown.stream().anyMatch(s -> keeps(m.cell(c.id(), s.id()))))
                .filter(c -> share != ShareFilter.PROVIDER_ONLY
                        || shown.stream().noneMatch(s -> m.cell(c.id(), s.id()).responsibility().customerHoldsShare()))
                .toList();
    }

    private boolean inDomain(Control c) {
        return domain == null || c.domainId().equals(domain.id());
    }

    private boolean keeps(Assignment a) {
        if (overridesOnly && !isOverride(a)) {
            return false;
        }
        return share != ShareFilter.CUSTOMER_SHARE || a.responsibility().customerHoldsShare();
    }

    private static boolean isOverride(Assignment a) {
        return a.reason().isOverride();
    }
}

package org.demarc.catalog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.demarc.catalog.engine.ResponsibilityEngine;
import org.demarc.io.ProblemList;
import org.demarc.model.Assignment;
import org.demarc.model.Catalog;
import org.demarc.model.Category;
import org.demarc.model.CategoryProfile;
import org.demarc.model.Control;
import org.demarc.model.Domain;
import org.demarc.model.Framework;
import org.demarc.model.Messages;
import org.demarc.model.Service;
import org.demarc.model.Responsibility;
import org.demarc.model.ServiceOverride;
import org.demarc.model.ServiceVariant;

/**
 * Checks a catalog's integrity beyond its JSON shape: unique ids, no dangling references, a
 * responsibility for every category, mapping ids that exist in their framework. Each problem
 * names the entry by its JSON pointer and id.
 */
public final class CatalogValidator {
    private final FrameworkReference reference;
    private final SourcePolicy sources;

    /** A validator for embedded snapshots: sources are checked when present, never required. */
    public CatalogValidator(FrameworkReference reference) {
        this(reference, SourcePolicy.EMBEDDED);
    }

    public CatalogValidator(FrameworkReference reference, SourcePolicy sources) {
        this.reference = reference;
        this.sources = sources;
    }

    /** Adds the catalog's problems; {@code base} is the pointer of the catalog document. */
    public void validate(Catalog catalog, String base, ProblemList problems) {
        checkCategories(catalog, base, problems);
        Set<String> domainIds = uniqueIds(catalog.domains().stream().map(Domain::id).toList(),
                base + "/domains", problems);
        Set<String> controlIds = uniqueIds(catalog.controls().stream().map(Control::id).toList(),
                base + "/controls", problems);
        uniqueIds(catalog.services().stream().map(Service::id).toList(), base + "/services", problems);
        for (int i = 0; i < catalog.controls().size(); i++) {
            checkControl(catalog.controls().get(i), base + "/controls/" + i, domainIds, problems);
        }
        for (int i = 0; i < catalog.services().size(); i++) {
            checkService(catalog, catalog.services().get(i), base + "/services/" + i, controlIds, problems);
        }
        EquivalentsCheck.check(catalog, base, sources != SourcePolicy.EMBEDDED, problems);
        if (!problems.hasErrors()) {
            checkOsAccess(catalog, base, problems);
        }
        new SourceCheck(sources).check(catalog, base, problems);
    }

    private void checkCategories(Catalog catalog, String base, ProblemList problems) {
        Set<Category> seen = new HashSet<>();
        for (int i = 0; i < catalog.categories().size(); i++) {
            CategoryProfile p = catalog.categories().get(i);
            if (!seen.add(p.category())) {
                problems.error(base + "/categories/" + i, "catalog.duplicateCategory", p.category().name());
            }
        }
        for (Category c : Category.values()) {
            if (!seen.contains(c)) {
                problems.error(base + "/categories", "catalog.missingCategory", c.name());
            }
        }
    }

    private static Set<String> uniqueIds(List<String> ids, String base, ProblemList problems) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Integer earlier = first.putIfAbsent(ids.get(i), i);
            if (earlier != null && !ids.get(i).isEmpty()) {
                problems.error(base + "/" + i + "/id", "catalog.duplicateId", ids.get(i), base + "/" + earlier);
            }
        }
        return first.keySet();
    }

    private void checkControl(Control c, String at, Set<String> domainIds, ProblemList problems) {
        if (!c.domainId().isEmpty() && !domainIds.contains(c.domainId())) {
            problems.error(at + "/domain", "catalog.unknownDomain", c.id(), c.domainId());
        }
        for (Category cat : Category.values()) {
            if (c.defaultFor(cat) == null) {
                problems.error(at + "/responsibility", "catalog.missingResponsibility", c.id(), cat.name());
            } else if (c.defaultFor(cat) == Responsibility.NOT_APPLICABLE) {
                // Not applicable is a fact about one service, never about a whole category.
                problems.error(at + "/responsibility/" + cat.name(), "catalog.notApplicableDefault", c.id(),
                        cat.name());
            }
        }
        for (Framework f : Framework.values()) {
            List<String> ids = c.mappingsFor(f);
            for (int j = 0; j < ids.size(); j++) {
                if (!reference.isValid(f, ids.get(j))) {
                    problems.error(at + "/mappings/" + f.key() + "/" + j, "catalog.unknownMapping",
                            c.id(), ids.get(j), f.title());
                }
            }
        }
    }

    private static void checkService(Catalog catalog, Service s, String at, Set<String> controlIds,
                                     ProblemList problems) {
        checkOverrides(catalog, s, null, at, controlIds, problems);
        if (!s.hasVariants()) {
            return;
        }
        uniqueIds(s.variants().stream().map(ServiceVariant::id).toList(), at + "/variants", problems);
        long defaults = s.variants().stream().filter(ServiceVariant::isDefault).count();
        if (defaults != 1) {
            problems.error(at + "/variants", "catalog.variantDefaults", s.id(), defaults);
        }
        for (int i = 0; i < s.variants().size(); i++) {
            checkOverrides(catalog, s, s.variants().get(i), at + "/variants/" + i, controlIds, problems);
        }
    }

    /** The overrides of a service ({@code variant} null) or of one of its variants. */
    private static void checkOverrides(Catalog catalog, Service s, ServiceVariant variant, String at,
                                       Set<String> controlIds, ProblemList problems) {
        String owner = variant == null ? s.id() : Messages.get("catalog.variantOwner", s.id(), variant.id());
        List<ServiceOverride> overrides = variant == null ? s.overrides() : variant.overrides();
        Set<String> overridden = new HashSet<>();
        for (int j = 0; j < overrides.size(); j++) {
            ServiceOverride o = overrides.get(j);
            String where = at + "/overrides/" + j;
            if (!controlIds.contains(o.controlId())) {
                problems.error(where + "/control", "catalog.unknownControl", owner, o.controlId());
                continue;
            }
            if (!overridden.add(o.controlId())) {
                problems.error(where + "/control", "catalog.duplicateOverride", owner, o.controlId());
            }
            // A variant's override with the same responsibility still says why for that deployment;
            // it is redundant only when the cell would read the same without it, rationale and all.
            catalog.control(o.controlId())
                    .filter(c -> variant == null ? c.defaultFor(s.category()) == o.responsibility()
                            : sameCell(ResponsibilityEngine.assign(catalog, c, s, null), o))
                    .ifPresent(c -> problems.warning(where, "catalog.redundantOverride", owner, c.id()));
            checkAssessedUnder(catalog, s, owner, o, where, problems);
        }
    }

    private static boolean sameCell(Assignment without, ServiceOverride o) {
        return without.responsibility() == o.responsibility() && without.rationale().equals(o.rationale());
    }

    /** "Assessed under" names another service of this catalog, and only on a not-applicable cell. */
    private static void checkAssessedUnder(Catalog catalog, Service s, String owner, ServiceOverride o, String where,
                                           ProblemList problems) {
        if (o.assessedUnder() == null) {
            return;
        }
        if (o.responsibility() != Responsibility.NOT_APPLICABLE) {
            problems.error(where + "/assessedUnder", "catalog.assessedUnderNotNa", owner, o.controlId());
        } else if (o.assessedUnder().equals(s.id()) || catalog.service(o.assessedUnder()).isEmpty()) {
            problems.error(where + "/assessedUnder", "catalog.assessedUnderUnknown", owner, o.controlId(),
                    o.assessedUnder());
        }
    }

    /** Customer OS access with a PROVIDER cell on guest OS, platform or malware controls: a warning to review. */
    private static void checkOsAccess(Catalog catalog, String base, ProblemList problems) {
        for (OsAccessRule.Breach b : OsAccessRule.breaches(catalog)) {
            int i = catalog.services().indexOf(b.service());
            String at = base + "/services/" + i
                    + (b.variant() == null ? "" : "/variants/" + b.service().variants().indexOf(b.variant()));
            String owner = b.variant() == null ? b.service().id()
                    : Messages.get("catalog.variantOwner", b.service().id(), b.variant().id());
            problems.warning(at, "catalog.osAccessProvider", owner, b.control().id());
        }
    }
}

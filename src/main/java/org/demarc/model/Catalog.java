package org.demarc.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Versioned catalog data: provider, category profiles, domains, services and controls. Immutable;
 * lists keep the order the catalog author chose, which is the order shown to users.
 *
 * <p>A catalog may also be a combination of several providers' catalogs ({@link #combine}), for
 * an assessment whose workload runs on more than one cloud. A combination shares one set of
 * provider-neutral controls (the first part's, which every part must agree with), lists every
 * part's services, and answers "which provider, which wording, which category profile" per service
 * through {@link #partFor}. A single catalog is its own only part.
 */
public final class Catalog {
    private final String id;
    private final String name;
    private final String version;
    private final Provider provider;
    private final List<CategoryProfile> categories;
    private final List<Domain> domains;
    private final List<Service> services;
    private final List<Control> controls;
    private final String attribution;
    private final List<EquivalentsSource> equivalentsSources;
    private final Map<String, Service> servicesById = new LinkedHashMap<>();
    private final Map<String, Control> controlsById = new LinkedHashMap<>();
    private final Map<String, Domain> domainsById = new LinkedHashMap<>();
    /** The provider catalogs of a combination, in the order chosen; empty for a single catalog. */
    private final List<Catalog> parts;
    private final Map<String, Catalog> partsByServiceId = new LinkedHashMap<>();

    public Catalog(String id, String name, String version, Provider provider, List<CategoryProfile> categories,
                   List<Domain> domains, List<Service> services, List<Control> controls) {
        this(id, name, version, provider, categories, domains, services, controls, "");
    }

    /**
     * With the credit a licence of the catalog's sources asks for ("adapted from ..."), printed
     * wherever the catalog is described; empty when none is needed.
     */
    public Catalog(String id, String name, String version, Provider provider, List<CategoryProfile> categories,
                   List<Domain> domains, List<Service> services, List<Control> controls, String attribution) {
        this(id, name, version, provider, categories, domains, services, controls, attribution,
                List.<EquivalentsSource>of());
    }

    /**
     * With the pages its services' equivalents on other providers rest on, one per provider they
     * name (see {@link Service#equivalents()}).
     */
    public Catalog(String id, String name, String version, Provider provider, List<CategoryProfile> categories,
                   List<Domain> domains, List<Service> services, List<Control> controls, String attribution,
                   List<EquivalentsSource> equivalentsSources) {
        this(id, name, version, provider, categories, domains, services, controls, attribution, equivalentsSources,
                List.of());
    }

    private Catalog(String id, String name, String version, Provider provider, List<CategoryProfile> categories,
                    List<Domain> domains, List<Service> services, List<Control> controls, String attribution,
                    List<EquivalentsSource> equivalentsSources, List<Catalog> parts) {
        this.equivalentsSources = List.copyOf(equivalentsSources);
        this.parts = List.copyOf(parts);
        this.parts.forEach(part -> part.services.forEach(s -> partsByServiceId.putIfAbsent(s.id(), part)));
        this.attribution = Objects.requireNonNull(attribution, "attribution");
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.version = Objects.requireNonNull(version, "version");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.categories = List.copyOf(categories);
        this.domains = List.copyOf(domains);
        this.services = List.copyOf(services);
        this.controls = List.copyOf(controls);
        // First entry wins for lookups; validation refuses duplicates before a catalog is used.
        this.services.forEach(s -> servicesById.putIfAbsent(s.id(), s));
        this.controls.forEach(c -> controlsById.putIfAbsent(c.id(), c));
        this.domains.forEach(d -> domainsById.putIfAbsent(d.id(), d));
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }

    public Provider provider() {
        return provider;
    }

    /** The credit owed to the catalog's sources, or empty. */
    public String attribution() {
        return attribution;
    }

    /** With another credit; a combination keeps its parts' credits, so this applies to single catalogs. */
    public Catalog withAttribution(String newAttribution) {
        requireSingle();
        return new Catalog(id, name, version, provider, categories, domains, services, controls, newAttribution,
                equivalentsSources);
    }

    /** A combination is changed through its parts: a copy of it with other services or credits would lose them. */
    private void requireSingle() {
        if (isCombined()) {
            throw new UnsupportedOperationException("a combined catalog is changed through its parts");
        }
    }

    /** The pages the services' equivalents rest on, one per other provider; empty when none are named. */
    public List<EquivalentsSource> equivalentsSources() {
        return equivalentsSources;
    }

    /** The page this catalog's equivalents on that provider rest on. */
    public Optional<EquivalentsSource> equivalentsSource(String providerId) {
        return equivalentsSources.stream().filter(e -> e.providerId().equals(providerId)).findFirst();
    }

    public Catalog withServices(List<Service> newServices) {
        requireSingle();
        return new Catalog(id, name, version, provider, categories, domains, newServices, controls, attribution,
                equivalentsSources);
    }

    public Catalog withEquivalentsSources(List<EquivalentsSource> newSources) {
        requireSingle();
        return new Catalog(id, name, version, provider, categories, domains, services, controls, attribution,
                newSources);
    }

    /**
     * One catalog made of several providers' catalogs, in the order given (combinations given are
     * taken apart first); one catalog is returned as it is.
     *
     * @throws CatalogCombinationException when two parts are for the same provider, share a service
     *         id, or disagree on the controls or domains they share, naming what differs
     */
    public static Catalog combine(List<Catalog> catalogs) {
        List<Catalog> flat = catalogs.stream().flatMap(c -> c.parts().stream()).toList();
        if (flat.isEmpty()) {
            throw new IllegalArgumentException("no catalog to combine");
        }
        if (flat.size() == 1) {
            return flat.get(0);
        }
        CatalogCombination.check(flat);
        Catalog first = flat.get(0);
        List<Service> allServices = flat.stream().flatMap(c -> c.services().stream()).toList();
        String credits = String.join("\n", flat.stream().map(Catalog::attribution).filter(a -> !a.isEmpty()).toList());
        return new Catalog(joined(flat, Catalog::id, "+"), joined(flat, Catalog::name, null),
                joined(flat, Catalog::version, "+"),
                new Provider(joined(flat, c -> c.provider().id(), "+"), joined(flat, c -> c.provider().name(), null)),
                first.categories(), first.domains(), allServices, first.controls(), credits, List.of(), flat);
    }

    /** Joined by {@code separator}, or by the words of "A + B" when it is null (text people read). */
    private static String joined(List<Catalog> catalogs, java.util.function.Function<Catalog, String> field,
                                 String separator) {
        String out = field.apply(catalogs.get(0));
        for (Catalog c : catalogs.subList(1, catalogs.size())) {
            out = separator == null ? Messages.get("catalog.combined.name", out, field.apply(c))
                    : out + separator + field.apply(c);
        }
        return out;
    }

    /** True for a combination of several providers' catalogs. */
    public boolean isCombined() {
        return !parts.isEmpty();
    }

    /** The provider catalogs this one is made of, in order; a single catalog is its own only part. */
    public List<Catalog> parts() {
        return parts.isEmpty() ? List.of(this) : parts;
    }

    /** The providers of the parts, in order. */
    public List<Provider> providers() {
        return parts().stream().map(Catalog::provider).toList();
    }

    /**
     * The provider catalog that holds the service: its provider, its category profiles, its
     * wording of the controls, its defaults. A single catalog, or a service no part has, gives
     * this catalog.
     */
    public Catalog partFor(String serviceId) {
        return parts.isEmpty() ? this : partsByServiceId.getOrDefault(serviceId, this);
    }

    /** The provider of the service (this catalog's for one no part has). */
    public Provider providerOf(String serviceId) {
        return partFor(serviceId).provider();
    }

    /** The control as the provider of the service words it; the shared control when the part lacks it. */
    public Optional<Control> control(String controlId, String serviceId) {
        return partFor(serviceId).control(controlId).or(() -> control(controlId));
    }

    /** The category profile of the service's own provider catalog. */
    public Optional<CategoryProfile> profileOf(Service service) {
        return partFor(service.id()).profile(service.category());
    }

    public List<CategoryProfile> categories() {
        return categories;
    }

    public List<Domain> domains() {
        return domains;
    }

    public List<Service> services() {
        return services;
    }

    public List<Control> controls() {
        return controls;
    }

    public Optional<Service> service(String serviceId) {
        return Optional.ofNullable(servicesById.get(serviceId));
    }

    public Optional<Control> control(String controlId) {
        return Optional.ofNullable(controlsById.get(controlId));
    }

    public Optional<Domain> domain(String domainId) {
        return Optional.ofNullable(domainsById.get(domainId));
    }

    public Optional<CategoryProfile> profile(Category category) {
        return categories.stream().filter(p -> p.category() == category).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Catalog other)) {
            return false;
        }
        return id.equals(other.id) && name.equals(other.name) && version.equals(other.version)
                && provider.equals(other.provider) && categories.equals(other.categories)
                && domains.equals(other.domains) && services.equals(other.services)
                && controls.equals(other.controls) && attribution.equals(other.attribution)
                && equivalentsSources.equals(other.equivalentsSources) && parts.equals(other.parts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, version, provider, categories, domains, services, controls, attribution,
                equivalentsSources, parts);
    }

    @Override
    public String toString() {
        return "Catalog[" + id + (isCombined() ? " of " + parts.size() + " providers" : "") + " " + version + ", " + services.size() + " services, "
                + controls.size() + " controls]";
    }
}

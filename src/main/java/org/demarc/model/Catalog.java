package org.demarc.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Versioned catalog data: provider, category profiles, domains, services and controls. Immutable;
 * lists keep the order the catalog author chose, which is the order shown to users.
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
        this(id, name, version, provider, categories, domains, services, controls, attribution, List.of());
    }

    /**
     * With the pages its services' equivalents on other providers rest on, one per provider they
     * name (see {@link Service#equivalents()}).
     */
    public Catalog(String id, String name, String version, Provider provider, List<CategoryProfile> categories,
                   List<Domain> domains, List<Service> services, List<Control> controls, String attribution,
                   List<EquivalentsSource> equivalentsSources) {
        this.equivalentsSources = List.copyOf(equivalentsSources);
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

    public Catalog withAttribution(String newAttribution) {
        return new Catalog(id, name, version, provider, categories, domains, services, controls, newAttribution,
                equivalentsSources);
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
        return new Catalog(id, name, version, provider, categories, domains, newServices, controls, attribution,
                equivalentsSources);
    }

    public Catalog withEquivalentsSources(List<EquivalentsSource> newSources) {
        return new Catalog(id, name, version, provider, categories, domains, services, controls, attribution,
                newSources);
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
                && equivalentsSources.equals(other.equivalentsSources);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, version, provider, categories, domains, services, controls, attribution,
                equivalentsSources);
    }

    @Override
    public String toString() {
        return "Catalog[" + id + " " + version + ", " + services.size() + " services, "
                + controls.size() + " controls]";
    }
}

package org.demarc.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.demarc.io.FieldReader;
import org.demarc.io.JsonLimits;
import org.demarc.io.JsonOut;
import org.demarc.model.Catalog;
import org.demarc.model.Category;
import org.demarc.model.CategoryProfile;
import org.demarc.model.Control;
import org.demarc.model.ControlClass;
import org.demarc.model.Domain;
import org.demarc.model.EquivalentsSource;
import org.demarc.model.Framework;
import org.demarc.model.Provider;
import org.demarc.model.Responsibility;
import org.demarc.model.Service;
import org.demarc.model.ServiceOverride;
import org.demarc.model.ServiceVariant;
import org.demarc.model.Source;

/**
 * The mapping between a catalog and its JSON document, in both directions. The member order here
 * is the file's member order.
 */
public final class CatalogJson {
    private CatalogJson() {
    }

    /** Reads the catalog members (the format header is checked by the caller). */
    public static Catalog read(FieldReader r) {
        r.skip("format", "schemaVersion");
        String id = r.requiredText("id");
        String name = r.requiredText("name");
        String version = r.requiredText("version");
        Provider provider = new Provider("", "");
        FieldReader p = r.object("provider");
        if (p == null) {
            r.problems().error(r.at("provider"), "json.missing", "provider");
        } else {
            provider = new Provider(p.requiredText("id"), p.requiredText("name"));
            p.finish();
        }
        String attribution = r.text("attribution");
        List<EquivalentsSource> equivalentsSources = readEquivalentsSources(r);
        List<CategoryProfile> categories = new ArrayList<>();
        for (FieldReader c : r.objects("categories", Category.values().length * 4)) {
            Category category = c.enumValue("category", Category.class);
            String cname = c.requiredText("name");
            String keeps = c.requiredText("customerKeeps");
            Source source = readSource(c);
            c.finish();
            if (category != null) {
                categories.add(new CategoryProfile(category, cname, keeps, source));
            }
        }
        List<Domain> domains = new ArrayList<>();
        for (FieldReader d : r.objects("domains", JsonLimits.MAX_ENTRIES)) {
            domains.add(new Domain(d.requiredText("id"), d.requiredText("name"), d.text("description")));
            d.finish();
        }
        List<Service> services = new ArrayList<>();
        for (FieldReader s : r.objects("services", JsonLimits.MAX_SERVICES)) {
            Service service = readService(s);
            if (service != null) {
                services.add(service);
            }
        }
        List<Control> controls = new ArrayList<>();
        for (FieldReader c : r.objects("controls", JsonLimits.MAX_CONTROLS)) {
            Control control = readControl(c);
            if (control != null) {
                controls.add(control);
            }
        }
        r.finish();
        checkTotals(r, services, controls);
        return new Catalog(id, name, version, provider, categories, domains, services, controls, attribution,
                equivalentsSources);
    }

    /** The pages the services' equivalents rest on, one per other provider; a catalog without any has none. */
    private static List<EquivalentsSource> readEquivalentsSources(FieldReader r) {
        List<EquivalentsSource> out = new ArrayList<>();
        for (FieldReader e : r.objects("equivalentsSources", JsonLimits.MAX_ITEMS)) {
            String providerId = e.requiredText("provider");
            Source source = readSource(e);
            if (source == null) {
                e.problems().error(e.at("source"), "json.missing", "source");
            }
            e.finish();
            if (source != null) {
                out.add(new EquivalentsSource(providerId, source));
            }
        }
        return out;
    }

    /** Bounds what the catalog makes every later step compute: the matrix and the overrides. */
    private static void checkTotals(FieldReader r, List<Service> services, List<Control> controls) {
        long cells = (long) services.size() * controls.size();
        if (cells > JsonLimits.MAX_CELLS) {
            r.problems().error(r.at("services"), "limit.cells", services.size(), controls.size(), cells,
                    JsonLimits.MAX_CELLS);
        }
        long overrides = services.stream().mapToLong(s -> s.overrides().size()
                + s.variants().stream().mapToLong(v -> v.overrides().size()).sum()).sum();
        if (overrides > JsonLimits.MAX_OVERRIDES) {
            r.problems().error(r.at("services"), "limit.total", overrides, "overrides", JsonLimits.MAX_OVERRIDES);
        }
    }

    private static Service readService(FieldReader s) {
        String id = s.requiredText("id");
        String name = s.requiredText("name");
        String group = s.requiredText("group");
        Category category = s.enumValue("category", Category.class);
        String description = s.text("description");
        List<ServiceOverride> overrides = readOverrides(s);
        boolean osAccess = s.bool("customerOsAccess");
        List<ServiceVariant> variants = new ArrayList<>();
        for (FieldReader v : s.objects("variants", JsonLimits.MAX_ITEMS)) {
            variants.add(readVariant(v));
        }
        List<String> equivalents = s.texts("equivalents", JsonLimits.MAX_ITEMS);
        s.finish();
        return category == null ? null
                : new Service(id, name, group, category, description, overrides, variants, osAccess, equivalents);
    }

    private static ServiceVariant readVariant(FieldReader v) {
        String id = v.requiredText("id");
        String name = v.requiredText("name");
        boolean isDefault = v.bool("default");
        Boolean osAccess = v.has("customerOsAccess") ? v.bool("customerOsAccess") : null;
        String description = v.text("description");
        List<ServiceOverride> overrides = readOverrides(v);
        v.finish();
        return new ServiceVariant(id, name, isDefault, osAccess, description, overrides);
    }

    /** The {@code overrides} of a service or of one of its variants: the same shape in both. */
    private static List<ServiceOverride> readOverrides(FieldReader owner) {
        List<ServiceOverride> overrides = new ArrayList<>();
        for (FieldReader o : owner.objects("overrides", JsonLimits.MAX_ITEMS)) {
            String control = o.requiredText("control");
            Responsibility resp = o.enumValue("responsibility", Responsibility.class);
            String rationale = o.requiredText("rationale");
            Source source = readSource(o);
            String assessedUnder = o.has("assessedUnder") ? o.requiredText("assessedUnder") : null;
            o.finish();
            if (resp != null) {
                overrides.add(new ServiceOverride(control, resp, rationale, source, assessedUnder));
            }
        }
        return overrides;
    }

    /** The optional {@code source} member; catalogs written before sources existed have none. */
    private static Source readSource(FieldReader owner) {
        FieldReader r = owner.object("source");
        if (r == null) {
            return null;
        }
        String title = r.requiredText("title");
        String url = r.requiredText("url");
        LocalDate checked = r.requiredDate("checked");
        r.finish();
        return checked == null ? null : new Source(title, url, checked);
    }

    private static void writeSource(ObjectNode owner, Source source) {
        if (source != null) {
            writeSourceFields(owner.putObject("source"), source);
        }
    }

    /** A source's members as a catalog writes them: title, url, checked. */
    public static void writeSourceFields(ObjectNode n, Source source) {
        n.put("title", source.title());
        n.put("url", source.url());
        n.put("checked", source.checked().toString());
    }

    private static Control readControl(FieldReader c) {
        String id = c.requiredText("id");
        String title = c.requiredText("title");
        String domain = c.requiredText("domain");
        ControlClass cls = c.enumValue("class", ControlClass.class);
        String question = c.requiredText("question");
        String guidance = c.text("guidance");
        String providerPart = c.text("providerPart");
        String customerPart = c.text("customerPart");
        Map<Category, Responsibility> defaults = new EnumMap<>(Category.class);
        FieldReader resp = c.object("responsibility");
        if (resp == null) {
            c.problems().error(c.at("responsibility"), "json.missing", "responsibility");
        } else {
            for (Category cat : Category.values()) {
                if (resp.has(cat.name())) {
                    Responsibility value = resp.enumValue(cat.name(), Responsibility.class);
                    if (value != null) {
                        defaults.put(cat, value);
                    }
                } else {
                    resp.skip(cat.name());
                }
            }
            resp.finish();
        }
        Map<Framework, List<String>> mappings = new EnumMap<>(Framework.class);
        FieldReader m = c.object("mappings");
        if (m != null) {
            for (Framework f : Framework.values()) {
                List<String> ids = m.texts(f.key(), JsonLimits.MAX_ITEMS);
                if (!ids.isEmpty()) {
                    mappings.put(f, ids);
                }
            }
            m.finish();
        }
        List<String> hints = c.texts("evidenceHints", JsonLimits.MAX_ITEMS);
        int weight = (int) c.integer("weight", Control.MIN_WEIGHT, Control.MAX_WEIGHT, Control.MIN_WEIGHT);
        c.finish();
        if (cls == null) {
            return null;
        }
        return new Control(id, title, domain, cls, question, guidance, providerPart, customerPart, defaults,
                mappings, hints, weight);
    }

    /** The complete catalog document, header included. */
    public static ObjectNode write(Catalog catalog) {
        ObjectNode root = JsonOut.object();
        root.put("format", CatalogFormat.FORMAT);
        root.put("schemaVersion", CatalogFormat.SCHEMA_VERSION);
        root.put("id", catalog.id());
        root.put("name", catalog.name());
        root.put("version", catalog.version());
        ObjectNode provider = root.putObject("provider");
        provider.put("id", catalog.provider().id());
        provider.put("name", catalog.provider().name());
        // Written only when present, so catalogs without one keep their bytes and fingerprints.
        if (!catalog.attribution().isEmpty()) {
            root.put("attribution", catalog.attribution());
        }
        if (!catalog.equivalentsSources().isEmpty()) {
            ArrayNode sources = root.putArray("equivalentsSources");
            for (EquivalentsSource e : catalog.equivalentsSources()) {
                ObjectNode n = sources.addObject();
                n.put("provider", e.providerId());
                writeSource(n, e.source());
            }
        }
        ArrayNode categories = root.putArray("categories");
        for (CategoryProfile p : catalog.categories()) {
            ObjectNode n = categories.addObject();
            n.put("category", p.category().name());
            n.put("name", p.name());
            n.put("customerKeeps", p.customerKeeps());
            writeSource(n, p.source());
        }
        ArrayNode domains = root.putArray("domains");
        for (Domain d : catalog.domains()) {
            ObjectNode n = domains.addObject();
            n.put("id", d.id());
            n.put("name", d.name());
            n.put("description", d.description());
        }
        ArrayNode services = root.putArray("services");
        for (Service s : catalog.services()) {
            ObjectNode n = services.addObject();
            n.put("id", s.id());
            n.put("name", s.name());
            n.put("group", s.group());
            n.put("category", s.category().name());
            n.put("description", s.description());
            writeOverrides(n, s.overrides());
            // Both only when they say something, so catalogs without them keep their bytes and fingerprint.
            if (s.customerOsAccess()) {
                n.put("customerOsAccess", true);
            }
            if (s.hasVariants()) {
                ArrayNode variants = n.putArray("variants");
                s.variants().forEach(v -> writeVariant(variants.addObject(), v));
            }
            if (!s.equivalents().isEmpty()) {
                ArrayNode equivalents = n.putArray("equivalents");
                s.equivalents().forEach(equivalents::add);
            }
        }
        ArrayNode controls = root.putArray("controls");
        for (Control c : catalog.controls()) {
            controls.add(writeControl(c));
        }
        return root;
    }

    private static void writeVariant(ObjectNode n, ServiceVariant v) {
        n.put("id", v.id());
        n.put("name", v.name());
        if (v.isDefault()) {
            n.put("default", true);
        }
        if (v.customerOsAccess() != null) {
            n.put("customerOsAccess", v.customerOsAccess());
        }
        n.put("description", v.description());
        writeOverrides(n, v.overrides());
    }

    private static void writeOverrides(ObjectNode owner, List<ServiceOverride> list) {
        ArrayNode overrides = owner.putArray("overrides");
        for (ServiceOverride o : list) {
            ObjectNode on = overrides.addObject();
            on.put("control", o.controlId());
            on.put("responsibility", o.responsibility().name());
            on.put("rationale", o.rationale());
            if (o.assessedUnder() != null) {
                on.put("assessedUnder", o.assessedUnder());
            }
            writeSource(on, o.source());
        }
    }

    private static ObjectNode writeControl(Control c) {
        ObjectNode n = JsonOut.object();
        n.put("id", c.id());
        n.put("title", c.title());
        n.put("domain", c.domainId());
        n.put("class", c.controlClass().name());
        n.put("question", c.question());
        n.put("guidance", c.guidance());
        n.put("providerPart", c.providerPart());
        n.put("customerPart", c.customerPart());
        ObjectNode resp = n.putObject("responsibility");
        c.defaults().forEach((cat, r) -> resp.put(cat.name(), r.name()));
        ObjectNode mappings = n.putObject("mappings");
        c.mappings().forEach((f, ids) -> {
            ArrayNode a = mappings.putArray(f.key());
            ids.forEach(a::add);
        });
        ArrayNode hints = n.putArray("evidenceHints");
        c.evidenceHints().forEach(hints::add);
        n.put("weight", c.weight());
        return n;
    }
}

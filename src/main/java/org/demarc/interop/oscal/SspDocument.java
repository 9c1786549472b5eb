package org.demarc.interop.oscal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.demarc.io.JsonOut;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Control;
import org.demarc.model.Engagement;
import org.demarc.model.Messages;
import org.demarc.model.Provider;
import org.demarc.model.ProviderEvidence;
import org.demarc.model.Responsibility;
import org.demarc.model.Service;
import org.demarc.model.ServiceException;

/**
 * The system security plan, from the customer's side. Per SP 800-53 control of the baseline that the
 * catalog's mappings reach, one implemented requirement whose by-components say who does what:
 * <ul>
 * <li>on each service's component, one {@code inherited} statement per Demarc control whose cell for
 * that service is Provider or Shared (what the provider does, from the catalog);</li>
 * <li>on {@code this-system}, one {@code satisfied} statement per Demarc control where the customer
 * holds a share for some service, and one implementation status for them all.</li>
 * </ul>
 * Aggregation, where several Demarc controls map to one SP 800-53 control: every statement names the
 * Demarc control it comes from; the status is the weakest of theirs (planned, partial, alternative,
 * implemented; not-applicable only when all are), an unanswered control counting as planned; the
 * control-origination props are the union (inherited, plus organization for governance and people
 * controls, system-specific for the others), so a shared control carries two.
 */
final class SspDocument {
    static final String FILE = "ssp.json";
    private static final Set<String> ORGANIZATION_DOMAINS = Set.of("governance", "people");

    private final ExportContext ctx;
    private final Metadata metadata;
    private int inherited;
    private int satisfied;

    SspDocument(ExportContext ctx) {
        this.ctx = ctx;
        this.metadata = new Metadata(ctx);
    }

    int inheritedStatements() {
        return inherited;
    }

    int satisfiedStatements() {
        return satisfied;
    }

    static String thisSystem(ExportContext ctx) {
        return ctx.uuids.of("component/this-system");
    }

    static String component(ExportContext ctx, Service s) {
        return ctx.uuids.of("component/service/" + s.id());
    }

    ObjectNode write() {
        Engagement e = ctx.assessment.engagement();
        ObjectNode root = JsonOut.object();
        ObjectNode ssp = metadata.start(root, "system-security-plan", "oscal.ssp.title");
        ssp.putObject("import-profile").put("href", ctx.baseline.profileFileName());
        ssp.set("system-characteristics", characteristics(e));
        ssp.set("system-implementation", implementation());
        ssp.set("control-implementation", controls());
        List<ObjectNode> resources = evidenceResources();
        if (!resources.isEmpty()) {
            ArrayNode r = ssp.putObject("back-matter").putArray("resources");
            resources.forEach(r::add);
        }
        return root;
    }

    static String title(ExportContext ctx) {
        Engagement e = ctx.assessment.engagement();
        return ExportContext.text(e.title(), ExportContext.text(e.workload(), Messages.get("oscal.untitled")));
    }

    private ObjectNode characteristics(Engagement e) {
        ObjectNode c = JsonOut.object();
        ObjectNode id = c.putArray("system-ids").addObject();
        id.put("identifier-type", "https://ietf.org/rfc/rfc4122");
        id.put("id", ctx.uuids.of("system"));
        c.put("system-name", ExportContext.line(e.workload(), title(ctx)));
        c.put("description", ExportContext.text(e.scopeStatement(), title(ctx)));
        c.put("security-sensitivity-level", ctx.baseline.impactLevel());
        ObjectNode info = c.putObject("system-information").putArray("information-types").addObject();
        info.put("uuid", ctx.uuids.of("information-type"));
        info.put("title", Messages.get("oscal.ssp.informationType"));
        info.put("description", ExportContext.text(e.workload(), title(ctx)));
        for (String objective : List.of("confidentiality", "integrity", "availability")) {
            info.putObject(objective + "-impact").put("base", ctx.baseline.impactLevel());
        }
        ObjectNode level = c.putObject("security-impact-level");
        for (String objective : List.of("confidentiality", "integrity", "availability")) {
            level.put("security-objective-" + objective, ctx.baseline.impactLevel());
        }
        c.putObject("status").put("state", "operational");
        c.putObject("authorization-boundary").put("description", ExportContext.text(e.scopeStatement(), title(ctx)));
        return c;
    }

    private ObjectNode implementation() {
        ObjectNode impl = JsonOut.object();
        ArrayNode authorizations = impl.putArray("leveraged-authorizations");
        List<ProviderEvidence> evidence = providerEvidence();
        for (Provider provider : ctx.assessment.catalog().providers()) {
            // One per provider: each cloud's attestations authorize what that cloud carries.
            leveragedAuthorization(authorizations.addObject(), provider, evidence.stream()
                    .filter(pe -> appliesTo(pe, provider)).toList());
        }
        ObjectNode user = impl.putArray("users").addObject();
        user.put("uuid", ctx.uuids.of("user/system-owner"));
        user.put("title", Messages.get(Metadata.ROLE_TITLES.get(Metadata.OWNER)));
        user.putArray("role-ids").add(Metadata.OWNER);
        ArrayNode components = impl.putArray("components");
        ObjectNode self = components.addObject();
        self.put("uuid", thisSystem(ctx));
        self.put("type", "this-system");
        self.put("title", ExportContext.line(ctx.assessment.engagement().workload(), title(ctx)));
        self.put("description", Messages.get("oscal.ssp.thisSystem"));
        self.putObject("status").put("state", "operational");
        for (Service s : ctx.matrix().services()) {
            ObjectNode c = components.addObject();
            c.put("uuid", component(ctx, s));
            c.put("type", "service");
            c.put("title", ExportContext.line(s.name(), s.id()));
            c.put("description", ExportContext.text(s.description(), s.name()));
            ArrayNode props = c.putArray("props");
            Provider provider = ctx.assessment.catalog().providerOf(s.id());
            props.add(ExportContext.prop("vendor-name", ExportContext.line(provider.name(), "-")));
            props.add(ExportContext.prop("implementation-point", "external"));
            props.add(ExportContext.prop("leveraged-authorization-uuid", leveragedAuthorization(ctx, provider)));
            props.add(ExportContext.demarcProp("provider", ExportContext.line(provider.id(), "-")));
            props.add(ExportContext.demarcProp("catalog-id", ExportContext.line(s.id(), "-")));
            props.add(ExportContext.demarcProp("variant", s.category().name().toLowerCase(java.util.Locale.ROOT)));
            c.putObject("status").put("state", "operational");
        }
        return impl;
    }

    private void leveragedAuthorization(ObjectNode auth, Provider provider, List<ProviderEvidence> evidence) {
        auth.put("uuid", leveragedAuthorization(ctx, provider));
        auth.put("title", ExportContext.line(Messages.get("oscal.ssp.leveraged", provider.name()), "-"));
        List<ProviderEvidence> linked = evidence.stream().filter(SspDocument::hasAddress).toList();
        if (!linked.isEmpty()) {
            ArrayNode links = auth.putArray("links");
            for (ProviderEvidence pe : linked) {
                ObjectNode l = links.addObject();
                l.put("href", "#" + evidenceUuid(pe));
                l.put("rel", "reference");
            }
        }
        auth.put("party-uuid", metadata.providerParty(provider));
        auth.put("date-authorized", dateAuthorized(evidence).toString());
        auth.put("remarks", String.join("\n", java.util.stream.Stream.concat(
                java.util.stream.Stream.of(Messages.get("oscal.ssp.leveragedRemarks", evidence.size())),
                evidence.stream().map(SspDocument::describe)).toList()));
    }

    /**
     * Whether an evidence entry supports the provider's authorization: always with one provider;
     * with several, the one it names, or every one when it names none (it is not dropped).
     */
    private boolean appliesTo(ProviderEvidence pe, Provider provider) {
        return org.demarc.assessment.EvidenceProviders.of(ctx.assessment.catalog(), pe)
                .map(provider::equals).orElse(true);
    }

    /** The leveraged authorization of the provider of a service; a single-provider file keeps its one UUID. */
    static String leveragedAuthorization(ExportContext ctx, Provider provider) {
        return ctx.uuids.of("leveraged-authorization/" + provider.id());
    }

    /** The provider's reports relied on anywhere in the assessment, each once, by name and period. */
    private List<ProviderEvidence> providerEvidence() {
        Map<String, ProviderEvidence> by = new LinkedHashMap<>();
        ctx.assessment.answers().values().forEach(a -> a.providerEvidence().forEach(pe -> by.putIfAbsent(key(pe), pe)));
        return new ArrayList<>(by.values());
    }

    private static String key(ProviderEvidence pe) {
        return pe.name() + "|" + pe.issuer() + "|" + pe.periodFrom() + "|" + pe.periodTo();
    }

    private String evidenceUuid(ProviderEvidence pe) {
        return ctx.uuids.of("provider-evidence/" + key(pe));
    }

    /** The latest end of a report period relied on (or when one was obtained); else the engagement's start. */
    private LocalDate dateAuthorized(List<ProviderEvidence> evidence) {
        return evidence.stream().map(pe -> pe.periodTo() != null ? pe.periodTo() : pe.obtainedOn())
                .filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(ctx.assessment.engagement().startDate() != null ? ctx.assessment.engagement().startDate()
                        : LocalDate.parse(ctx.lastModified.substring(0, 10)));
    }

    /** A report given by a web address gets a back-matter resource that links to it; the others are named in remarks. */
    private static boolean hasAddress(ProviderEvidence pe) {
        String s = pe.source().strip().toLowerCase(java.util.Locale.ROOT);
        return s.startsWith("https://") || s.startsWith("http://");
    }

    private static String describe(ProviderEvidence pe) {
        return "- " + ExportContext.text(pe.name(), Messages.get("oscal.ssp.providerEvidence")) + ". "
                + Messages.get("oscal.ssp.providerEvidenceDescription", ExportContext.text(pe.issuer(), "-"),
                pe.periodFrom() == null ? "-" : pe.periodFrom(), pe.periodTo() == null ? "-" : pe.periodTo(),
                pe.obtainedOn() == null ? "-" : pe.obtainedOn())
                + (pe.source().isBlank() ? "" : " " + pe.source().strip());
    }

    private List<ObjectNode> evidenceResources() {
        List<ObjectNode> out = new ArrayList<>();
        for (ProviderEvidence pe : providerEvidence()) {
            if (!hasAddress(pe)) {
                continue;
            }
            ObjectNode r = JsonOut.object();
            r.put("uuid", evidenceUuid(pe));
            r.put("title", ExportContext.line(pe.name(), Messages.get("oscal.ssp.providerEvidence")));
            r.put("description", describe(pe).substring(2));
            r.putArray("rlinks").addObject().put("href", ExportContext.href(pe.source().strip()));
            out.add(r);
        }
        return out;
    }

    private ObjectNode controls() {
        ObjectNode ci = JsonOut.object();
        List<String> outside = Requirement.outsideBaseline(ctx.assessment.catalog(), ctx.baseline);
        ci.put("description", Messages.get("oscal.ssp.controlsDescription", ctx.baseline.name(),
                outside.isEmpty() ? "-" : String.join(", ", outside)));
        ArrayNode reqs = ci.putArray("implemented-requirements");
        for (Requirement r : ctx.requirements) {
            reqs.add(requirement(r));
        }
        return ci;
    }

    private ObjectNode requirement(Requirement r) {
        ObjectNode ir = JsonOut.object();
        ir.put("uuid", ctx.uuids.of("requirement/" + r.controlId()));
        ir.put("control-id", r.controlId());
        ArrayNode props = ir.putArray("props");
        ArrayNode byComponents = ir.putArray("by-components");
        Set<String> origins = new LinkedHashSet<>();
        for (Service s : ctx.matrix().services()) {
            List<Control> provided = r.sources().stream().filter(c -> providerActs(c, s)).toList();
            if (provided.isEmpty()) {
                continue;
            }
            origins.add("inherited");
            ObjectNode bc = byComponents.addObject();
            bc.put("component-uuid", component(ctx, s));
            bc.put("uuid", ctx.uuids.of("by-component/" + r.controlId() + "/" + s.id()));
            bc.put("description", Messages.get("oscal.ssp.inheritedDescription",
                    ctx.assessment.catalog().providerOf(s.id()).name(), s.name(),
                    r.controlId().toUpperCase(java.util.Locale.ROOT)));
            ArrayNode list = bc.putArray("inherited");
            for (Control c : provided) {
                ObjectNode st = list.addObject();
                st.put("uuid", ctx.uuids.of("inherited/" + r.controlId() + "/" + s.id() + "/" + c.id()));
                // The provider of this service says what it does, in its own words.
                st.put("description", statement(c, ctx.assessment.catalog().control(c.id(), s.id()).orElse(c).providerPart()));
                inherited++;
            }
        }
        List<Control> customer = r.sources().stream()
                .filter(c -> !ctx.matrix().servicesWithCustomerShare(c.id()).isEmpty()).toList();
        customer.forEach(c -> origins.add(ORGANIZATION_DOMAINS.contains(c.domainId()) ? "organization" : "system-specific"));
        if (!customer.isEmpty() || origins.isEmpty()) {
            byComponents.add(customerPart(r, customer));
        }
        origins.forEach(o -> props.add(ExportContext.prop("control-origination", o)));
        if (props.isEmpty()) {
            ir.remove("props");
        }
        if (r.sources().size() > 1) {
            ir.put("remarks", Messages.get("oscal.ssp.combined", r.sources().stream()
                    .map(c -> c.id() + " " + c.title()).reduce((a, b) -> a + "; " + b).orElse("")));
        } else {
            ir.put("remarks", Messages.get("oscal.ssp.single", r.sources().get(0).id() + " " + r.sources().get(0).title()));
        }
        return ir;
    }

    private ObjectNode customerPart(Requirement r, List<Control> customer) {
        ObjectNode bc = JsonOut.object();
        bc.put("component-uuid", thisSystem(ctx));
        bc.put("uuid", ctx.uuids.of("by-component/" + r.controlId() + "/this-system"));
        if (customer.isEmpty()) {
            bc.put("description", Messages.get("oscal.ssp.nothingInScope"));
            ObjectNode status = bc.putObject("implementation-status");
            status.put("state", "not-applicable");
            status.put("remarks", Messages.get("oscal.ssp.nothingInScope"));
            return bc;
        }
        bc.put("description", String.join("\n\n", customer.stream().map(c -> statement(c, c.customerPart())).toList()));
        ObjectNode status = bc.putObject("implementation-status");
        status.put("state", ImplementationState.combined(customer.stream()
                .map(c -> ctx.answer(c).map(Answer::status).orElse(null)).toList()));
        status.put("remarks", String.join("\n", customer.stream().map(this::statusLine).toList()));
        ArrayNode list = bc.putArray("satisfied");
        for (Control c : customer) {
            ObjectNode st = list.addObject();
            st.put("uuid", ctx.uuids.of("satisfied/" + r.controlId() + "/" + c.id()));
            st.put("description", statement(c, c.customerPart()));
            String justification = ctx.answer(c).map(Answer::justification).orElse("");
            if (!justification.isBlank()) {
                st.put("remarks", justification.strip());
            }
            satisfied++;
        }
        return bc;
    }

    private boolean providerActs(Control c, Service s) {
        Responsibility r = ctx.matrix().cell(c.id(), s.id()).responsibility();
        return r == Responsibility.PROVIDER || r == Responsibility.SHARED;
    }

    private static String statement(Control c, String part) {
        return c.id() + " " + c.title() + ": " + ExportContext.text(part, c.title());
    }

    /** "BCK-01: Partial", with each service whose answer differs ("; Amazon S3: Implemented, versioned buckets"). */
    private String statusLine(Control c) {
        AnswerStatus s = ctx.answer(c).map(Answer::status).orElse(null);
        StringBuilder line = new StringBuilder(c.id()).append(": ")
                .append(s == null ? Messages.get("oscal.ssp.unanswered") : Messages.get("status." + s.name()));
        for (ServiceException e : ctx.answer(c).map(Answer::exceptions).orElse(List.of())) {
            String service = ctx.assessment.catalog().service(e.serviceId()).map(Service::name).orElse(e.serviceId());
            line.append("; ").append(service).append(": ").append(Messages.get("status." + e.status().name()));
            if (!e.note().isBlank()) {
                line.append(", ").append(ExportContext.line(e.note(), ""));
            }
        }
        return line.toString();
    }
}

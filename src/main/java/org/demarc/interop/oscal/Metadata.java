package org.demarc.interop.oscal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.demarc.assessment.ContentFingerprint;
import org.demarc.io.JsonOut;
import org.demarc.model.Answer;
import org.demarc.model.Engagement;
import org.demarc.model.Messages;
import org.demarc.model.Signatory;

/**
 * The metadata every document carries: title, the one timestamp, the content fingerprint as its
 * version, and parties with their roles: the client (system owner), the assessors, the cloud
 * provider, the signatories (approvers) and the owners of remediation actions.
 */
final class Metadata {
    static final String OWNER = "system-owner";
    static final String ASSESSOR = "assessor";
    static final String PROVIDER = "cloud-service-provider";
    static final String APPROVER = "approver";
    static final String ACTION_OWNER = "action-owner";

    /** Each role with the key of its title, in the order the metadata lists them. */
    static final Map<String, String> ROLE_TITLES = roleTitles();

    private static Map<String, String> roleTitles() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(OWNER, "oscal.role.systemOwner");
        m.put(ASSESSOR, "oscal.role.assessor");
        m.put(PROVIDER, "oscal.role.provider");
        m.put(APPROVER, "oscal.role.approver");
        m.put(ACTION_OWNER, "oscal.role.actionOwner");
        return java.util.Collections.unmodifiableMap(m);
    }

    private final ExportContext ctx;
    /** Party UUID by its key ("person/Alex Morgan"), in the order first met. */
    private final Map<String, ObjectNode> parties = new LinkedHashMap<>();
    private final Map<String, List<String>> byRole = new LinkedHashMap<>();

    Metadata(ExportContext ctx) {
        this.ctx = ctx;
        Engagement e = ctx.assessment.engagement();
        add(OWNER, "organization", ExportContext.text(e.client(), Messages.get("oscal.party.client")));
        e.assessors().stream().filter(s -> !s.isBlank()).forEach(s -> add(ASSESSOR, "person", s));
        ctx.assessment.catalog().providers().forEach(p -> add(PROVIDER, "organization", p.name()));
        List<Signatory> signatories = ctx.assessment.signOff() != null ? ctx.assessment.signOff().signatories()
                : ctx.assessment.draftSignatories();
        signatories.forEach(s -> add(APPROVER, "person", s.name()));
        for (Answer a : ctx.assessment.answers().values()) {
            if (!a.remediation().owner().isBlank()) {
                add(ACTION_OWNER, "person", a.remediation().owner());
            }
        }
    }

    private void add(String role, String type, String name) {
        String key = type + "/" + ExportContext.line(name, "-");
        ObjectNode party = parties.computeIfAbsent(key, k -> {
            ObjectNode p = JsonOut.object();
            p.put("uuid", ctx.uuids.of("party/" + k));
            p.put("type", type);
            p.put("name", ExportContext.line(name, "-"));
            return p;
        });
        List<String> uuids = byRole.computeIfAbsent(role, r -> new ArrayList<>());
        if (!uuids.contains(party.get("uuid").asText())) {
            uuids.add(party.get("uuid").asText());
        }
    }

    /** The UUID of a party already named (the provider, an action owner). */
    String party(String type, String name) {
        return parties.get(type + "/" + ExportContext.line(name, "-")).get("uuid").asText();
    }

    /** The party of one of the assessment's providers. */
    String providerParty(org.demarc.model.Provider provider) {
        return party("organization", provider.name());
    }

    List<String> partiesOf(String role) {
        return byRole.getOrDefault(role, List.of());
    }

    /** The document's top object under {@code root}: its UUID and this metadata, titled by {@code titleKey}. */
    ObjectNode start(ObjectNode root, String member, String titleKey) {
        ObjectNode doc = root.putObject(member);
        doc.put("uuid", ctx.uuids.of(member));
        doc.set("metadata", write(Messages.get(titleKey, SspDocument.title(ctx))));
        return doc;
    }

    ObjectNode write(String title) {
        ObjectNode m = JsonOut.object();
        m.put("title", ExportContext.line(title, "-"));
        m.put("last-modified", ctx.lastModified);
        m.put("version", ContentFingerprint.shortForm(ctx.fingerprint));
        m.put("oscal-version", ExportContext.OSCAL_VERSION);
        ArrayNode props = m.putArray("props");
        props.add(ExportContext.demarcProp("content-fingerprint", ctx.fingerprint));
        props.add(ExportContext.demarcProp("catalog", ExportContext.line(ctx.assessment.catalog().id() + " "
                + ctx.assessment.catalog().version(), "-")));
        ArrayNode roles = m.putArray("roles");
        ROLE_TITLES.forEach((role, key) -> {
            ObjectNode r = roles.addObject();
            r.put("id", role);
            r.put("title", Messages.get(key));
        });
        ArrayNode ps = m.putArray("parties");
        parties.values().forEach(p -> ps.add(p.deepCopy()));
        ArrayNode rp = m.putArray("responsible-parties");
        byRole.forEach((role, uuids) -> {
            ObjectNode r = rp.addObject();
            r.put("role-id", role);
            ArrayNode list = r.putArray("party-uuids");
            uuids.forEach(list::add);
        });
        return m;
    }
}

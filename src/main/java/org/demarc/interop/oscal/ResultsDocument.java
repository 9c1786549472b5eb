package org.demarc.interop.oscal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.demarc.io.JsonOut;
import org.demarc.model.Answer;
import org.demarc.model.Control;
import org.demarc.model.EvidenceReference;
import org.demarc.model.Messages;

/**
 * The assessment results: one observation per answered control (status, finding, evidence as
 * back-matter resources with their SHA-256), one finding per SP 800-53 control the customer answers
 * for (satisfied when none of its Demarc controls is a gap), and one risk per gap. The internal
 * comment of an answer is never written.
 */
final class ResultsDocument {
    static final String FILE = "assessment-results.json";

    private ResultsDocument() {
    }

    static String observation(ExportContext ctx, Control c) {
        return ctx.uuids.of("observation/" + c.id());
    }

    static ObjectNode write(ExportContext ctx) {
        Metadata metadata = new Metadata(ctx);
        ObjectNode root = JsonOut.object();
        ObjectNode ar = metadata.start(root, "assessment-results", "oscal.results.title");
        ar.putObject("import-ap").put("href", PlanDocument.FILE);
        ObjectNode result = ar.putArray("results").addObject();
        result.put("uuid", ctx.uuids.of("result"));
        result.put("title", ExportContext.line(Messages.get("oscal.results.title", SspDocument.title(ctx)), "-"));
        result.put("description", ExportContext.text(ctx.assessment.engagement().scopeStatement(), SspDocument.title(ctx)));
        result.put("start", ctx.timestampOr(ctx.assessment.engagement().startDate()));
        if (ctx.assessment.engagement().endDate() != null) {
            result.put("end", ExportContext.timestamp(ctx.assessment.engagement().endDate()));
        }
        result.set("reviewed-controls", PlanDocument.reviewedControls(ctx));
        Map<String, ObjectNode> resources = new LinkedHashMap<>();
        List<ObjectNode> observations = observations(ctx, resources);
        if (!observations.isEmpty()) {
            ArrayNode list = result.putArray("observations");
            observations.forEach(list::add);
        }
        List<ObjectNode> risks = new Risks(ctx, metadata).write(true);
        if (!risks.isEmpty()) {
            ArrayNode list = result.putArray("risks");
            risks.forEach(list::add);
        }
        List<ObjectNode> findings = findings(ctx);
        if (!findings.isEmpty()) {
            ArrayNode list = result.putArray("findings");
            findings.forEach(list::add);
        }
        if (!resources.isEmpty()) {
            ArrayNode list = ar.putObject("back-matter").putArray("resources");
            resources.values().forEach(list::add);
        }
        return root;
    }

    private static List<ObjectNode> observations(ExportContext ctx, Map<String, ObjectNode> resources) {
        List<ObjectNode> out = new ArrayList<>();
        for (Control c : ctx.analysis.workList()) {
            Answer a = ctx.answer(c).orElse(null);
            if (a == null) {
                continue;
            }
            ObjectNode o = JsonOut.object();
            o.put("uuid", observation(ctx, c));
            o.put("title", ExportContext.line(c.id() + " " + c.title(), c.id()));
            String status = Messages.get("status." + a.status().name());
            o.put("description", a.finding().isBlank() ? status : status + ": " + a.finding().strip());
            ArrayNode props = o.putArray("props");
            props.add(ExportContext.demarcProp("control-id", c.id()));
            props.add(ExportContext.demarcProp("status", a.status().name().toLowerCase(java.util.Locale.ROOT)));
            o.putArray("methods").add(a.evidence().isEmpty() ? "INTERVIEW" : "EXAMINE");
            if (!a.evidence().isEmpty()) {
                ArrayNode ev = o.putArray("relevant-evidence");
                for (EvidenceReference e : a.evidence()) {
                    String uuid = ctx.uuids.of("evidence/" + e.sha256() + "/" + e.path());
                    resources.computeIfAbsent(uuid, u -> resource(u, e));
                    ObjectNode re = ev.addObject();
                    re.put("href", "#" + uuid);
                    re.put("description", ExportContext.text(e.description(), e.path()));
                }
            }
            o.put("collected", ctx.timestampOr(a.lastConfirmed() != null ? a.lastConfirmed()
                    : ctx.assessment.engagement().endDate()));
            if (!a.justification().isBlank()) {
                o.put("remarks", a.justification().strip());
            }
            out.add(o);
        }
        return out;
    }

    private static ObjectNode resource(String uuid, EvidenceReference e) {
        ObjectNode r = JsonOut.object();
        r.put("uuid", uuid);
        r.put("title", ExportContext.line(e.description(), e.path()));
        r.putArray("props").add(ExportContext.demarcProp("size", Long.toString(e.size())));
        ObjectNode link = r.putArray("rlinks").addObject();
        link.put("href", ExportContext.href(e.path()));
        ObjectNode hash = link.putArray("hashes").addObject();
        hash.put("algorithm", "SHA-256");
        hash.put("value", e.sha256());
        return r;
    }

    private static List<ObjectNode> findings(ExportContext ctx) {
        List<ObjectNode> out = new ArrayList<>();
        for (Requirement r : ctx.requirements) {
            List<Control> answered = r.sources().stream()
                    .filter(c -> !ctx.matrix().servicesWithCustomerShare(c.id()).isEmpty())
                    .filter(c -> ctx.answer(c).isPresent()).toList();
            if (answered.isEmpty()) {
                continue;
            }
            boolean gap = answered.stream().anyMatch(c -> ctx.answer(c).get().status().isGap());
            ObjectNode f = JsonOut.object();
            f.put("uuid", ctx.uuids.of("finding/" + r.controlId()));
            f.put("title", r.controlId().toUpperCase(java.util.Locale.ROOT));
            f.put("description", String.join("\n", answered.stream().map(c -> {
                Answer a = ctx.answer(c).get();
                String line = c.id() + ": " + Messages.get("status." + a.status().name());
                return a.finding().isBlank() ? line : line + ". " + a.finding().strip();
            }).toList()));
            ObjectNode target = f.putObject("target");
            target.put("type", "statement-id");
            target.put("target-id", r.statementId());
            ObjectNode status = target.putObject("status");
            status.put("state", gap ? "not-satisfied" : "satisfied");
            status.put("reason", gap ? "fail" : "pass");
            target.putObject("implementation-status").put("state", ImplementationState.combined(
                    answered.stream().map(c -> ctx.answer(c).get().status()).toList()));
            ArrayNode obs = f.putArray("related-observations");
            answered.forEach(c -> obs.addObject().put("observation-uuid", observation(ctx, c)));
            List<Control> gaps = answered.stream().filter(c -> ctx.answer(c).get().status().isGap()).toList();
            if (!gaps.isEmpty()) {
                ArrayNode risks = f.putArray("related-risks");
                gaps.forEach(c -> risks.addObject().put("risk-uuid", Risks.uuid(ctx, c)));
            }
            out.add(f);
        }
        return out;
    }
}

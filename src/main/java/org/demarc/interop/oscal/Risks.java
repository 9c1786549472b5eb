package org.demarc.interop.oscal;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.demarc.assessment.analysis.Gap;
import org.demarc.io.JsonOut;
import org.demarc.model.Control;
import org.demarc.model.Messages;
import org.demarc.model.Remediation;

/**
 * One risk per gap (a customer control partial or not implemented), with the priority Demarc computes
 * (weight × 2 when not implemented, × 1 when partial) and the remediation of the action plan: its
 * action, owner and due date as a planned response with a milestone.
 */
final class Risks {
    private final ExportContext ctx;
    private final Metadata metadata;

    Risks(ExportContext ctx, Metadata metadata) {
        this.ctx = ctx;
        this.metadata = metadata;
    }

    static String uuid(ExportContext ctx, Control c) {
        return ctx.uuids.of("risk/" + c.id());
    }

    List<ObjectNode> write(boolean withObservations) {
        List<ObjectNode> out = new ArrayList<>();
        for (Gap g : ctx.analysis.gapsByPriority()) {
            Control c = g.control();
            Remediation rem = g.answer().remediation();
            ObjectNode r = JsonOut.object();
            r.put("uuid", uuid(ctx, c));
            r.put("title", ExportContext.line(c.id() + " " + c.title(), c.id()));
            r.put("description", ExportContext.text(g.answer().finding(),
                    Messages.get("status." + g.answer().status().name())));
            r.put("statement", Messages.get("oscal.risk.statement", Messages.get("status." + g.answer().status().name()),
                    ExportContext.text(c.customerPart(), c.title())));
            ArrayNode props = r.putArray("props");
            props.add(ExportContext.demarcProp("priority", Integer.toString(g.priority())));
            props.add(ExportContext.demarcProp("control-id", c.id()));
            r.put("status", rem.action().isBlank() ? "open" : "remediating");
            if (rem.dueDate() != null) {
                r.put("deadline", ExportContext.timestamp(rem.dueDate()));
            }
            if (!rem.isEmpty()) {
                ObjectNode response = r.putArray("remediations").addObject();
                response.put("uuid", ctx.uuids.of("remediation/" + c.id()));
                response.put("lifecycle", "planned");
                response.put("title", ExportContext.line(rem.action(), Messages.get("oscal.risk.remediation")));
                response.put("description", ExportContext.text(rem.action(), Messages.get("oscal.risk.remediation")));
                if (rem.dueDate() != null || !rem.owner().isBlank()) {
                    ObjectNode task = response.putArray("tasks").addObject();
                    task.put("uuid", ctx.uuids.of("milestone/" + c.id()));
                    task.put("type", "milestone");
                    task.put("title", Messages.get("oscal.risk.milestone"));
                    if (rem.dueDate() != null) {
                        task.putObject("timing").putObject("on-date").put("date", ExportContext.timestamp(rem.dueDate()));
                    }
                    if (!rem.owner().isBlank()) {
                        ObjectNode role = task.putArray("responsible-roles").addObject();
                        role.put("role-id", Metadata.ACTION_OWNER);
                        role.putArray("party-uuids").add(metadata.party("person", rem.owner()));
                    }
                }
            }
            if (withObservations) {
                r.putArray("related-observations").addObject()
                        .put("observation-uuid", ResultsDocument.observation(ctx, c));
            }
            out.add(r);
        }
        return out;
    }
}

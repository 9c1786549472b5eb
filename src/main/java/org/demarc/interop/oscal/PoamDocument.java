package org.demarc.interop.oscal;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.demarc.assessment.analysis.Gap;
import org.demarc.io.JsonOut;
import org.demarc.model.Control;
import org.demarc.model.Messages;

/** The plan of action and milestones: one item per gap of the action plan, highest priority first, with its risk. */
final class PoamDocument {
    static final String FILE = "poam.json";

    private PoamDocument() {
    }

    static ObjectNode write(ExportContext ctx) {
        Metadata metadata = new Metadata(ctx);
        ObjectNode root = JsonOut.object();
        ObjectNode poam = metadata.start(root, "plan-of-action-and-milestones", "oscal.poam.title");
        poam.putObject("import-ssp").put("href", SspDocument.FILE);
        List<ObjectNode> risks = new Risks(ctx, metadata).write(false);
        if (!risks.isEmpty()) {
            ArrayNode list = poam.putArray("risks");
            risks.forEach(list::add);
        }
        ArrayNode items = poam.putArray("poam-items");
        for (Gap g : ctx.analysis.gapsByPriority()) {
            Control c = g.control();
            ObjectNode item = items.addObject();
            item.put("uuid", ctx.uuids.of("poam-item/" + c.id()));
            item.put("title", ExportContext.line(c.id() + " " + c.title(), c.id()));
            item.put("description", ExportContext.text(g.answer().remediation().action(),
                    ExportContext.text(g.answer().finding(), Messages.get("status." + g.answer().status().name()))));
            ArrayNode props = item.putArray("props");
            props.add(ExportContext.demarcProp("priority", Integer.toString(g.priority())));
            if (!g.answer().remediation().owner().isBlank()) {
                props.add(ExportContext.demarcProp("owner", ExportContext.line(g.answer().remediation().owner(), "-")));
            }
            item.putArray("related-risks").addObject().put("risk-uuid", Risks.uuid(ctx, c));
        }
        return root;
    }
}

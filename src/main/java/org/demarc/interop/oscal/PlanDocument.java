package org.demarc.interop.oscal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.demarc.io.JsonOut;
import org.demarc.model.Service;

/** The assessment plan the results import: the plan's controls, and this system and its services as subjects. */
final class PlanDocument {
    static final String FILE = "assessment-plan.json";

    private PlanDocument() {
    }

    static ObjectNode write(ExportContext ctx) {
        ObjectNode root = JsonOut.object();
        ObjectNode ap = new Metadata(ctx).start(root, "assessment-plan", "oscal.plan.title");
        ap.putObject("import-ssp").put("href", SspDocument.FILE);
        ap.set("reviewed-controls", reviewedControls(ctx));
        ObjectNode subject = ap.putArray("assessment-subjects").addObject();
        subject.put("type", "component");
        ArrayNode include = subject.putArray("include-subjects");
        ObjectNode self = include.addObject();
        self.put("subject-uuid", SspDocument.thisSystem(ctx));
        self.put("type", "component");
        for (Service s : ctx.matrix().services()) {
            ObjectNode c = include.addObject();
            c.put("subject-uuid", SspDocument.component(ctx, s));
            c.put("type", "component");
        }
        return root;
    }

    /** Every SP 800-53 control of the plan. */
    static ObjectNode reviewedControls(ExportContext ctx) {
        ObjectNode rc = JsonOut.object();
        ObjectNode selection = rc.putArray("control-selections").addObject();
        ArrayNode include = selection.putArray("include-controls");
        ctx.requirements.forEach(r -> include.addObject().put("control-id", r.controlId()));
        if (include.isEmpty()) {
            selection.remove("include-controls");
            selection.putObject("include-all");
        }
        return rc;
    }
}

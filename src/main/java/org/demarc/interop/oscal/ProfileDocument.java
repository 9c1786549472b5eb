package org.demarc.interop.oscal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.demarc.io.JsonOut;
import org.demarc.model.Messages;

/**
 * The profile the plan imports: all of NIST's resolved baseline catalog, which lies beside it. NIST's
 * own baseline profiles import the full SP 800-53 catalog, which is not shipped; this one resolves
 * offline. The same bytes in every export of one baseline.
 */
final class ProfileDocument {
    /** The resolved catalogs' own last-modified (NIST's release of 2024-02-13). */
    private static final String RELEASED = "2024-02-13T17:43:40Z";

    private ProfileDocument() {
    }

    static ObjectNode write(Baseline baseline) {
        ObjectNode root = JsonOut.object();
        ObjectNode p = root.putObject("profile");
        p.put("uuid", OscalUuids.fixed("profile/" + baseline.name()));
        ObjectNode m = p.putObject("metadata");
        m.put("title", Messages.get("oscal.profile.title", baseline.name()));
        m.put("last-modified", RELEASED);
        m.put("version", "5.1.1");
        m.put("oscal-version", ExportContext.OSCAL_VERSION);
        m.put("remarks", Messages.get("oscal.profile.remarks"));
        ObjectNode imp = p.putArray("imports").addObject();
        imp.put("href", baseline.catalogFileName());
        imp.putObject("include-all");
        p.putObject("merge").put("as-is", true);
        return root;
    }
}

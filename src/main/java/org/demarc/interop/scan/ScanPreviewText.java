package org.demarc.interop.scan;

import java.util.ArrayList;
import java.util.List;

import org.demarc.io.Problem;
import org.demarc.model.Messages;

/** The suggestions of a scan as lines of text: what the command line prints before anything is written. */
public final class ScanPreviewText {
    private static final int RESOURCES_SHOWN = 5;

    private ScanPreviewText() {
    }

    public static List<String> lines(ScanSuggestions s, String scanName) {
        ScanRead r = s.read();
        List<String> out = new ArrayList<>();
        out.add(Messages.get("scan.preview.header", scanName, r.format().title(), tool(r),
                r.provider().isEmpty() ? "?" : r.provider(), r.scanDate() == null ? "?" : r.scanDate().toString(),
                r.findings(), r.sha256()));
        out.add(Messages.get("scan.preview.mapping", s.mappedFindings(), s.suggestions().size(),
                s.unmappedFindings(), s.mappingVersion()));
        for (ControlSuggestion c : s.suggestions()) {
            out.add(summary(c));
            if (!c.failingResources().isEmpty()) {
                out.add("    " + Messages.get("scan.preview.failing", resources(c)));
            }
            if (c.change() != null) {
                out.add("    " + change(c.change()));
            }
        }
        for (UnmappedCheck u : s.unmapped()) {
            out.add(u.requirements().isEmpty()
                    ? Messages.get("scan.preview.unmappedNoRequirement", u.checkId(), u.findings(), u.service())
                    : Messages.get("scan.preview.unmappedNoControl", u.checkId(), u.findings(),
                            String.join(", ", u.requirements())));
        }
        for (Problem p : r.warnings()) {
            out.add(p.describe());
        }
        return out;
    }

    /** One control's line: counts, highest severity, the suggested status and the route. */
    public static String summary(ControlSuggestion c) {
        String suggested = c.suggested() == null ? Messages.get("scan.preview.noSuggestion")
                : Messages.get("status." + c.suggested().name());
        String line = Messages.get("scan.preview.control", c.controlId(), c.title(), c.passed(), c.failed(),
                c.manual(), c.severity().key().isEmpty() ? "-" : c.severity().key(), suggested, c.route());
        return c.answered() ? line : line + " " + Messages.get("scan.preview.unanswered");
    }

    public static String tool(ScanRead r) {
        return ScanImport.toolName(r);
    }

    /** Since the previous scan: newly failing and fixed resources, or that nothing changed. */
    public static String change(ScanChange c) {
        String when = Messages.get("scan.preview.previous", c.previousDate() == null ? "?" : c.previousDate().toString(),
                c.previousSha256().substring(0, 12));
        String text = c.unchanged() ? Messages.get("scan.preview.noChange", when)
                : Messages.get("scan.preview.changed", when, c.failedBefore(), c.failedNow(),
                        list(c.newlyFailing()), list(c.fixed()));
        return c.complete() ? text : text + " " + Messages.get("scan.preview.changeIncomplete");
    }

    private static String list(List<String> resources) {
        if (resources.isEmpty()) {
            return Messages.get("scan.preview.none");
        }
        List<String> shown = resources.subList(0, Math.min(RESOURCES_SHOWN, resources.size()));
        int more = resources.size() - shown.size();
        String text = String.join(", ", shown);
        return more > 0 ? Messages.get("scan.preview.more", text, more) : text;
    }

    /** The first failing resources, and how many more. */
    public static String resources(ControlSuggestion c) {
        List<String> shown = c.failingResources().subList(0, Math.min(RESOURCES_SHOWN, c.failingResources().size()));
        String text = String.join(", ", shown);
        int more = c.failed() - shown.size();
        return more > 0 ? Messages.get("scan.preview.more", text, more) : text;
    }
}

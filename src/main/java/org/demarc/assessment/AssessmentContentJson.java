package org.demarc.assessment;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.demarc.catalog.EmbeddedCatalogs;
import org.demarc.io.JsonOut;
import org.demarc.model.Answer;
import org.demarc.model.Assessment;
import org.demarc.model.Attendee;
import org.demarc.model.Engagement;
import org.demarc.model.EvidenceReference;
import org.demarc.model.ProviderEvidence;
import org.demarc.model.ScanEvidence;
import org.demarc.model.ServiceException;

/**
 * The JSON form of an assessment's content (engagement, scope, answers, catalog snapshot). It is
 * both what the project file stores and what the content fingerprint hashes, so it is defined once,
 * here; the project file adds its header, sign-off and history around it.
 */
public final class AssessmentContentJson {
    private AssessmentContentJson() {
    }

    /** What the content fingerprint covers: everything but sign-off and history. */
    public static ObjectNode writeFingerprintedContent(Assessment a) {
        ObjectNode root = JsonOut.object();
        AssessmentContentJson.writeContent(a, root);
        EmbeddedCatalogs.write(a.catalog(), root);
        return root;
    }

    public static void writeContent(Assessment a, ObjectNode root) {
        Engagement e = a.engagement();
        ObjectNode eng = root.putObject("engagement");
        eng.put("title", e.title());
        eng.put("client", e.client());
        eng.put("workload", e.workload());
        ArrayNode assessors = eng.putArray("assessors");
        e.assessors().forEach(assessors::add);
        putDate(eng, "startDate", e.startDate());
        putDate(eng, "endDate", e.endDate());
        eng.put("scopeStatement", e.scopeStatement());
        if (!e.attendees().isEmpty()) {
            // Only when there are any, so files without attendees keep their exact bytes and fingerprint.
            ArrayNode attendees = eng.putArray("attendees");
            for (Attendee x : e.attendees()) {
                ObjectNode xn = attendees.addObject();
                xn.put("name", x.name());
                xn.put("role", x.role());
                xn.put("organisation", x.organisation());
            }
        }
        ScopeJson.write(a, root);
        ObjectNode answers = root.putObject("answers");
        a.answers().forEach((id, answer) -> answers.set(id, writeAnswer(answer)));
    }

    private static ObjectNode writeAnswer(Answer a) {
        ObjectNode n = JsonOut.object();
        n.put("status", a.status().name());
        n.put("justification", a.justification());
        n.put("finding", a.finding());
        n.put("comment", a.comment());
        n.put("owner", a.owner());
        n.put("flagged", a.flagged());
        // Parked and confirmed-by only when set, so files written before them keep their exact bytes.
        if (a.parked()) {
            n.put("parked", true);
        }
        if (!a.confirmedBy().isEmpty()) {
            n.put("confirmedBy", a.confirmedBy());
        }
        putDate(n, "lastConfirmed", a.lastConfirmed());
        ArrayNode evidence = n.putArray("evidence");
        for (EvidenceReference r : a.evidence()) {
            ObjectNode en = evidence.addObject();
            en.put("path", r.path());
            en.put("sha256", r.sha256());
            en.put("size", r.size());
            en.put("description", r.description());
        }
        ArrayNode provider = n.putArray("providerEvidence");
        for (ProviderEvidence p : a.providerEvidence()) {
            ObjectNode pn = provider.addObject();
            pn.put("name", p.name());
            pn.put("issuer", p.issuer());
            putDate(pn, "periodFrom", p.periodFrom());
            putDate(pn, "periodTo", p.periodTo());
            putDate(pn, "obtainedOn", p.obtainedOn());
            pn.put("source", p.source());
            pn.put("note", p.note());
        }
        ObjectNode rem = n.putObject("remediation");
        rem.put("action", a.remediation().action());
        rem.put("owner", a.remediation().owner());
        putDate(rem, "dueDate", a.remediation().dueDate());
        ArrayNode exceptions = n.putArray("exceptions");
        for (ServiceException x : a.exceptions()) {
            ObjectNode xn = exceptions.addObject();
            xn.put("service", x.serviceId());
            xn.put("status", x.status().name());
            xn.put("note", x.note());
        }
        if (!a.scanEvidence().isEmpty()) {
            // Only when there is any, so files written before scans could be imported keep their exact bytes.
            ArrayNode scans = n.putArray("scanEvidence");
            a.scanEvidence().forEach(x -> writeScan(scans.addObject(), x));
        }
        return n;
    }

    private static void writeScan(ObjectNode sn, ScanEvidence x) {
        sn.put("tool", x.tool());
        sn.put("scanFile", x.scanFile());
        sn.put("sha256", x.sha256());
        sn.put("size", x.size());
        putDate(sn, "scanDate", x.scanDate());
        sn.put("passed", x.passed());
        sn.put("failed", x.failed());
        sn.put("manual", x.manual());
        sn.put("severity", x.severity());
        ArrayNode checks = sn.putArray("checks");
        x.checks().forEach(checks::add);
        ArrayNode resources = sn.putArray("failingResources");
        x.failingResources().forEach(resources::add);
        if (x.internal()) {
            // Only when set, so evidence recorded before the marking existed keeps its bytes.
            sn.put("internal", true);
        }
    }

    public static void putDate(ObjectNode n, String name, LocalDate date) {
        if (date == null) {
            n.putNull(name);
        } else {
            n.put(name, date.toString());
        }
    }
}

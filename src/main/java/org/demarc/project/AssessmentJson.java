package org.demarc.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.demarc.assessment.AssessmentContentJson;
import org.demarc.assessment.ScopeJson;
import org.demarc.catalog.EmbeddedCatalogs;
import org.demarc.io.FieldReader;
import org.demarc.io.JsonLimits;
import org.demarc.io.JsonOut;
import org.demarc.io.LogoImage;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.Attendee;
import org.demarc.model.Catalog;
import org.demarc.model.Engagement;
import org.demarc.model.EvidenceReference;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.demarc.model.QuestionnaireSent;
import org.demarc.model.ProviderEvidence;
import org.demarc.model.Remediation;
import org.demarc.model.ReportProfile;
import org.demarc.model.ScanEvidence;
import org.demarc.model.ServiceException;
import org.demarc.model.SignOff;
import org.demarc.model.Signatory;

/**
 * The mapping between an assessment and its JSON document. Member order here is the file's member
 * order; the catalog snapshot is read elsewhere (it goes through the catalog reader).
 */
public final class AssessmentJson {
    private AssessmentJson() {
    }

    // ---------------------------------------------------------------- writing

    /** The whole project document. */
    public static ObjectNode write(Assessment a) {
        ObjectNode root = JsonOut.object();
        root.put("format", ProjectFormat.FORMAT);
        root.put("schemaVersion", ProjectFormat.SCHEMA_VERSION);
        AssessmentContentJson.writeContent(a, root);
        root.set("signOff", a.signOff() == null ? null : writeSignOff(a.signOff()));
        if (!a.draftSignatories().isEmpty()) {
            // Only when there are any, so files without a draft keep their exact bytes.
            writeSignatories(root.putArray("draftSignatories"), a.draftSignatories());
        }
        if (!a.reportProfile().isEmpty()) {
            // Only when set, so files of Demarc's own look keep their exact bytes.
            root.set("reportProfile", writeProfile(a.reportProfile()));
        }
        ArrayNode history = root.putArray("history");
        for (HistoryEvent e : a.history()) {
            ObjectNode n = history.addObject();
            n.put("at", e.at().toString());
            n.put("kind", e.kind().name());
            n.put("actor", e.actor());
            n.put("detail", e.detail());
            if (e.questionnaire() != null) {
                ObjectNode q = n.putObject("questionnaire");
                q.put("id", e.questionnaire().id());
                q.put("secret", e.questionnaire().secret());
                ArrayNode controls = q.putArray("controls");
                e.questionnaire().controls().forEach(controls::add);
            }
        }
        EmbeddedCatalogs.write(a.catalog(), root);
        return root;
    }

    private static ObjectNode writeProfile(ReportProfile p) {
        ObjectNode n = JsonOut.object();
        putIfSet(n, "organisation", p.organisation());
        putIfSet(n, "classification", p.classification());
        putIfSet(n, "footer", p.footer());
        putIfSet(n, "accent", p.accent());
        putIfSet(n, "logo", p.logo());
        return n;
    }

    private static void putIfSet(ObjectNode n, String name, String value) {
        if (!value.isEmpty()) {
            n.put(name, value);
        }
    }

    private static ObjectNode writeSignOff(SignOff s) {
        ObjectNode n = JsonOut.object();
        n.put("fingerprint", s.fingerprint());
        n.put("lockedAt", s.lockedAt().toString());
        writeSignatories(n.putArray("signatories"), s.signatories());
        if (s.isDigitallySigned()) {
            // Only when present, so sign-offs without a digital signature keep their exact bytes.
            n.put("signature", s.signature());
        }
        return n;
    }

    private static void writeSignatories(ArrayNode list, List<Signatory> signatories) {
        for (Signatory sig : signatories) {
            ObjectNode sn = list.addObject();
            sn.put("name", sig.name());
            sn.put("role", sig.role());
            sn.put("organisation", sig.organisation());
            AssessmentContentJson.putDate(sn, "date", sig.date());
            sn.put("statement", sig.statement());
        }
    }

    // ---------------------------------------------------------------- reading

    /** Reads everything but header and catalog, which the caller has handled. */
    public static Assessment read(FieldReader r, Catalog catalog) {
        r.skip("format", "schemaVersion", EmbeddedCatalogs.SINGLE, EmbeddedCatalogs.SEVERAL);
        Engagement engagement = Engagement.empty();
        FieldReader eng = r.object("engagement");
        if (eng == null) {
            r.problems().error(r.at("engagement"), "json.missing", "engagement");
        } else {
            engagement = new Engagement(eng.text("title"), eng.text("client"), eng.text("workload"),
                    eng.texts("assessors", JsonLimits.MAX_ITEMS), eng.date("startDate"), eng.date("endDate"),
                    eng.text("scopeStatement"), readAttendees(eng));
            eng.finish();
        }
        ScopeJson.Scope scope = ScopeJson.read(r, catalog);
        TreeMap<String, Answer> answers = new TreeMap<>();
        for (Map.Entry<String, FieldReader> e : r.keyedObjects("answers", JsonLimits.MAX_CONTROLS).entrySet()) {
            Answer answer = readAnswer(e.getValue());
            if (answer != null) {
                answers.put(e.getKey(), answer);
            }
        }
        checkTotals(r, answers);
        FieldReader so = r.object("signOff");
        SignOff signOff = so == null ? null : readSignOff(so);
        List<Signatory> drafts = readSignatories(r, "draftSignatories");
        ReportProfile profile = readProfile(r.object("reportProfile"));
        List<HistoryEvent> history = new ArrayList<>();
        for (FieldReader h : r.objects("history", JsonLimits.MAX_ENTRIES)) {
            Instant at = h.instant("at");
            HistoryKind kind = h.enumValue("kind", HistoryKind.class);
            String actor = h.text("actor");
            String detail = h.text("detail");
            QuestionnaireSent sent = readSent(h.object("questionnaire"));
            h.finish();
            if (at != null && kind != null) {
                history.add(new HistoryEvent(at, kind, actor, detail, sent));
            }
        }
        r.finish();
        return new Assessment(engagement, catalog, scope.services(), answers, signOff, history, drafts,
                scope.variants(), profile);
    }

    /** Exceptions and evidence of all answers together; each list alone is bounded where it is read. */
    private static void checkTotals(FieldReader r, Map<String, Answer> answers) {
        long exceptions = answers.values().stream().mapToLong(a -> a.exceptions().size()).sum();
        if (exceptions > JsonLimits.MAX_EXCEPTIONS) {
            r.problems().error(r.at("answers"), "limit.total", exceptions, "exceptions", JsonLimits.MAX_EXCEPTIONS);
        }
        long evidence = answers.values().stream()
                .mapToLong(a -> a.evidence().size() + a.providerEvidence().size() + a.scanEvidence().size()).sum();
        if (evidence > JsonLimits.MAX_EVIDENCE) {
            r.problems().error(r.at("answers"), "limit.total", evidence, "evidence", JsonLimits.MAX_EVIDENCE);
        }
    }

    private static Answer readAnswer(FieldReader a) {
        AnswerStatus status = a.enumValue("status", AnswerStatus.class);
        String justification = a.text("justification");
        String finding = a.text("finding");
        String comment = a.text("comment");
        String owner = a.text("owner");
        boolean flagged = a.bool("flagged");
        boolean parked = a.bool("parked");
        String confirmedBy = a.text("confirmedBy");
        LocalDate lastConfirmed = a.date("lastConfirmed");
        List<EvidenceReference> evidence = new ArrayList<>();
        for (FieldReader e : a.objects("evidence", JsonLimits.MAX_ITEMS)) {
            String path = e.requiredText("path");
            String sha = e.text("sha256");
            long size = e.integer("size", 0, Long.MAX_VALUE, 0);
            String description = e.text("description");
            e.finish();
            if (!sha.isEmpty() && !sha.matches("[0-9a-f]{64}")) {
                e.problems().error(e.at("sha256"), "project.badSha256");
            }
            evidence.add(new EvidenceReference(path, sha, size, description));
        }
        List<ProviderEvidence> provider = new ArrayList<>();
        for (FieldReader p : a.objects("providerEvidence", JsonLimits.MAX_ITEMS)) {
            provider.add(new ProviderEvidence(p.requiredText("name"), p.text("issuer"), p.date("periodFrom"),
                    p.date("periodTo"), p.date("obtainedOn"), p.text("source"), p.text("note")));
            p.finish();
        }
        Remediation remediation = Answer.NO_REMEDIATION;
        FieldReader rem = a.object("remediation");
        if (rem != null) {
            remediation = new Remediation(rem.text("action"), rem.text("owner"), rem.date("dueDate"));
            rem.finish();
        }
        List<ServiceException> exceptions = new ArrayList<>();
        for (FieldReader x : a.objects("exceptions", JsonLimits.MAX_ITEMS)) {
            String service = x.requiredText("service");
            AnswerStatus xs = x.enumValue("status", AnswerStatus.class);
            String note = x.text("note");
            x.finish();
            if (xs != null) {
                exceptions.add(new ServiceException(service, xs, note));
            }
        }
        List<ScanEvidence> scans = new ArrayList<>();
        for (FieldReader x : a.objects("scanEvidence", JsonLimits.MAX_ITEMS)) {
            ScanEvidence scan = readScan(x);
            if (scan != null) {
                scans.add(scan);
            }
        }
        a.finish();
        if (status == null) {
            return null;
        }
        return new Answer(status, justification, finding, comment, owner, evidence, provider, remediation,
                exceptions, flagged, lastConfirmed, confirmedBy, parked, scans);
    }

    private static ScanEvidence readScan(FieldReader x) {
        String tool = x.requiredText("tool");
        String scanFile = x.requiredText("scanFile");
        String sha = x.text("sha256");
        long size = x.integer("size", 0, Long.MAX_VALUE, 0);
        LocalDate scanDate = x.date("scanDate");
        int passed = (int) x.integer("passed", 0, Integer.MAX_VALUE, 0);
        int failed = (int) x.integer("failed", 0, Integer.MAX_VALUE, 0);
        int manual = (int) x.integer("manual", 0, Integer.MAX_VALUE, 0);
        String severity = x.text("severity");
        List<String> checks = x.texts("checks", JsonLimits.MAX_ITEMS);
        List<String> resources = x.texts("failingResources", JsonLimits.MAX_ITEMS);
        boolean internal = x.bool("internal");
        x.finish();
        if (!sha.isEmpty() && !sha.matches("[0-9a-f]{64}")) {
            x.problems().error(x.at("sha256"), "project.badSha256");
            return null;
        }
        return new ScanEvidence(tool, scanFile, sha, size, scanDate, passed, failed, manual, severity, checks,
                resources, internal);
    }

    private static List<Attendee> readAttendees(FieldReader eng) {
        List<Attendee> attendees = new ArrayList<>();
        for (FieldReader x : eng.objects("attendees", JsonLimits.MAX_ITEMS)) {
            // A row being filled in may lack a name yet; it is kept as typed.
            attendees.add(new Attendee(x.text("name"), x.text("role"), x.text("organisation")));
            x.finish();
        }
        return attendees;
    }

    private static QuestionnaireSent readSent(FieldReader q) {
        if (q == null) {
            return null;
        }
        QuestionnaireSent sent = new QuestionnaireSent(q.requiredText("id"), q.requiredText("secret"),
                q.texts("controls", JsonLimits.MAX_CONTROLS));
        q.finish();
        return sent;
    }

    /** The report profile; a malformed accent or logo is an error at its member, the rest still read. */
    private static ReportProfile readProfile(FieldReader p) {
        if (p == null) {
            return ReportProfile.NONE;
        }
        String accent = p.text("accent");
        if (!accent.isEmpty() && !accent.matches("#[0-9a-fA-F]{6}")) {
            p.problems().error(p.at("accent"), "profile.badAccent", accent);
            accent = "";
        }
        String logo = p.text("logo");
        if (!logo.isEmpty()) {
            try {
                byte[] bytes = java.util.Base64.getDecoder().decode(logo);
                var problem = LogoImage.check(bytes, p.at("logo"));
                if (problem.isPresent()) {
                    p.problems().add(problem.get());
                    logo = "";
                }
            } catch (IllegalArgumentException e) {
                p.problems().error(p.at("logo"), "profile.badBase64");
                logo = "";
            }
        }
        ReportProfile profile = new ReportProfile(p.text("organisation"), p.text("classification"), p.text("footer"),
                accent, logo);
        p.finish();
        return profile;
    }

    private static SignOff readSignOff(FieldReader s) {
        String fingerprint = s.requiredText("fingerprint");
        Instant lockedAt = s.instant("lockedAt");
        List<Signatory> signatories = readSignatories(s, "signatories");
        String signature = s.has("signature") ? s.text("signature") : null;
        if (signature != null && !isBase64(signature)) {
            s.problems().error(s.at("signature"), "project.badSignature");
            signature = null;
        }
        if (signatories.isEmpty()) {
            // "Signed off by" nobody would vouch for the content in no one's name.
            s.problems().error(s.at("signatories"), "project.signOffWithoutSignatories");
        }
        s.finish();
        if (!fingerprint.isEmpty() && !fingerprint.matches("[0-9a-f]{64}")) {
            s.problems().error(s.at("fingerprint"), "project.badSha256");
        }
        return lockedAt == null ? null : new SignOff(signatories, fingerprint, lockedAt, signature);
    }

    private static boolean isBase64(String text) {
        if (text.isEmpty()) {
            return false;
        }
        try {
            java.util.Base64.getDecoder().decode(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static List<Signatory> readSignatories(FieldReader s, String member) {
        List<Signatory> signatories = new ArrayList<>();
        for (FieldReader g : s.objects(member, JsonLimits.MAX_ITEMS)) {
            String name = g.requiredText("name");
            String role = g.text("role");
            String organisation = g.text("organisation");
            LocalDate date = g.requiredDate("date");
            String statement = g.text("statement");
            g.finish();
            if (date != null) {
                signatories.add(new Signatory(name, role, organisation, date, statement));
            }
        }
        return signatories;
    }
}

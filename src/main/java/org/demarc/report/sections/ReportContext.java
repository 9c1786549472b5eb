package org.demarc.report.sections;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import org.demarc.model.Assessment;
import org.demarc.model.HistoryEvent;
import org.demarc.model.Messages;
import org.demarc.model.Service;
import org.demarc.assessment.ContentFingerprint;
import org.demarc.assessment.analysis.AssessmentAnalysis;
import org.demarc.report.layout.Flow;

/**
 * What every section needs: the assessment and its figures (from {@link AssessmentAnalysis}), the
 * content fingerprint, the flow of pages, and a checkpoint that throws
 * {@link java.util.concurrent.CancellationException} when the user has cancelled.
 */
public final class ReportContext {
    private final Assessment assessment;
    private final AssessmentAnalysis analysis;
    private final String fingerprint;
    private final String catalogFingerprint;
    private final org.demarc.catalog.BuiltInComparison builtIn;
    private final Flow flow;
    private final Runnable checkpoint;
    private String excerptName = "";
    private java.util.function.Predicate<String> domainFilter = id -> true;
    private java.util.Map<org.demarc.model.EvidenceReference, org.demarc.assessment.EvidenceReferences.State> evidence;
    private org.demarc.assessment.EvidenceCheck evidenceCheck;
    private String projectSignature = "";
    private boolean projectSignatureHolds;

    public ReportContext(Assessment assessment, Flow flow, Runnable checkpoint) {
        this.assessment = assessment;
        this.analysis = new AssessmentAnalysis(assessment);
        this.fingerprint = ContentFingerprint.of(assessment);
        this.catalogFingerprint = org.demarc.catalog.CatalogFingerprint.of(assessment.catalog());
        this.builtIn = org.demarc.catalog.BuiltInComparison.of(assessment.catalog());
        this.flow = flow;
        this.checkpoint = checkpoint;
    }

    public Assessment assessment() {
        return assessment;
    }

    /** Whether evidence references were checked against the files (the project has a file). */
    public boolean evidenceChecked() {
        return evidence != null;
    }

    /** What the check found for a reference; null when evidence is not checked. */
    public org.demarc.assessment.EvidenceReferences.State evidenceState(org.demarc.model.EvidenceReference ref) {
        return evidence == null ? null : evidence.get(ref);
    }

    /** The limits the check worked under, for the report's words; null when evidence is not checked. */
    public org.demarc.assessment.EvidenceCheck evidenceCheck() {
        return evidenceCheck;
    }

    /** The results of checking every evidence reference, done before the sections are drawn. */
    public ReportContext withEvidence(org.demarc.assessment.EvidenceCheck check,
            java.util.Map<org.demarc.model.EvidenceReference, org.demarc.assessment.EvidenceReferences.State> states) {
        this.evidenceCheck = check;
        this.evidence = java.util.Map.copyOf(states);
        return this;
    }

    /** What the project file's digital signature says, in one sentence; empty when it has none. */
    public String projectSignature() {
        return projectSignature;
    }

    /** Whether the project file's digital signature holds (false as well when it has none). */
    public boolean projectSignatureHolds() {
        return projectSignatureHolds;
    }

    /** The project file's digital signature as checked before the sections are drawn. */
    public ReportContext withProjectSignature(String sentence, boolean holds) {
        this.projectSignature = sentence;
        this.projectSignatureHolds = holds;
        return this;
    }

    /** What this excerpt of the report contains, in words; empty for the whole report. */
    public String excerptName() {
        return excerptName;
    }

    public boolean excerpt() {
        return !excerptName.isEmpty();
    }

    /** Whether the sections about controls (matrix, findings, action plan) show a domain. */
    public boolean shows(String domainId) {
        return domainFilter.test(domainId);
    }

    /** Makes an excerpt: {@code name} says on the cover and every page what it contains. */
    public ReportContext excerpt(String name, java.util.function.Predicate<String> domains) {
        this.excerptName = name;
        this.domainFilter = domains;
        return this;
    }

    /** The branding and marking of the report; {@link org.demarc.model.ReportProfile#NONE} for Demarc's look. */
    public org.demarc.model.ReportProfile profile() {
        return assessment.reportProfile();
    }

    /** The profile's accent colour, or the report's own. */
    public java.awt.Color accent() {
        int rgb = profile().accentRgb();
        return rgb < 0 ? org.demarc.report.layout.Palette.ACCENT : new java.awt.Color(rgb);
    }

    public AssessmentAnalysis analysis() {
        return analysis;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public String catalogFingerprint() {
        return catalogFingerprint;
    }

    /** How the catalog departs from the built-in one whose id and version it claims; null when it does not. */
    public org.demarc.catalog.BuiltInComparison notBuiltIn() {
        return builtIn;
    }

    public String shortFingerprint() {
        return ContentFingerprint.shortForm(fingerprint);
    }

    public Flow flow() {
        return flow;
    }

    public void checkpoint() {
        checkpoint.run();
    }

    /** Not signed off, or signed off for other content than this ({@link #signOffVoid()}). */
    public boolean draft() {
        return !assessment.isSignedOff() || signOffVoid();
    }

    /** Signed off, but the content was changed after sign-off: the report is a draft and says why. */
    public boolean signOffVoid() {
        return assessment.isSignedOff() && !assessment.signOff().fingerprint().equals(fingerprint);
    }

    /** The report's own date: when it was signed off, or else the last recorded change. Never "now". */
    public Instant reportInstant() {
        return reportInstant(assessment);
    }

    public static Instant reportInstant(Assessment a) {
        if (a.signOff() != null) {
            return a.signOff().lockedAt();
        }
        // A questionnaire sent out changes no answer, so it does not date the report.
        return a.history().stream().filter(e -> e.kind() != org.demarc.model.HistoryKind.QUESTIONNAIRE_SENT)
                .map(HistoryEvent::at).max(Comparator.naturalOrder())
                .orElse(Instant.parse("2000-01-01T00:00:00Z"));
    }

    public LocalDate reportDate() {
        return LocalDate.ofInstant(reportInstant(), ZoneOffset.UTC);
    }

    public String title() {
        String t = assessment.engagement().title();
        return t.isBlank() ? text("report.untitled") : t;
    }

    public List<Service> services() {
        return analysis.matrix().services();
    }

    public static String text(String key, Object... args) {
        return Messages.get(key, args);
    }

    /** A date as ISO 8601 (2026-11-13), or a dash when unknown. */
    public static String date(LocalDate d) {
        return d == null ? "\u2013" : d.toString();
    }

    /** Empty text as a dash, so a table never shows a blank that looks like a mistake. */
    public static String orDash(String s) {
        return s == null || s.isBlank() ? "\u2013" : s;
    }
}

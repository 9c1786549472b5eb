package org.demarc.interop.oscal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.demarc.assessment.ContentFingerprint;
import org.demarc.assessment.analysis.AssessmentAnalysis;
import org.demarc.io.JsonOut;
import org.demarc.model.Answer;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.model.HistoryEvent;
import org.demarc.model.ResponsibilityMatrix;

/** What every document of one export shares: the assessment, its figures, the UUIDs and the one timestamp. */
final class ExportContext {
    /** Demarc's own properties (catalog ids, priority, fingerprint) live in this namespace, never in OSCAL's. */
    static final String NS = "urn:demarc:oscal";
    static final String OSCAL_VERSION = "1.1.3";

    final Assessment assessment;
    final AssessmentAnalysis analysis;
    final Baseline baseline;
    final OscalUuids uuids;
    final String fingerprint;
    final List<Requirement> requirements;
    final String lastModified;

    ExportContext(Assessment assessment, Baseline baseline) {
        this.assessment = assessment;
        this.analysis = new AssessmentAnalysis(assessment);
        this.baseline = baseline;
        this.fingerprint = ContentFingerprint.of(assessment);
        this.uuids = new OscalUuids(fingerprint);
        this.requirements = Requirement.of(assessment.catalog(), baseline);
        this.lastModified = timestamp(stamp(assessment));
    }

    ResponsibilityMatrix matrix() {
        return analysis.matrix();
    }

    Optional<Answer> answer(Control c) {
        return assessment.answer(c.id());
    }

    /**
     * The one moment the documents name: when the assessment was signed off; otherwise the latest date
     * in its content (an answer confirmed, the engagement's end), so a re-export of unchanged content
     * writes the same time; otherwise when the project was created.
     */
    private static Instant stamp(Assessment a) {
        if (a.signOff() != null) {
            return a.signOff().lockedAt();
        }
        List<LocalDate> dates = new ArrayList<>();
        a.answers().values().stream().map(Answer::lastConfirmed).filter(Objects::nonNull).forEach(dates::add);
        if (a.engagement().endDate() != null) {
            dates.add(a.engagement().endDate());
        }
        if (a.engagement().startDate() != null) {
            dates.add(a.engagement().startDate());
        }
        Optional<LocalDate> latest = dates.stream().max(Comparator.naturalOrder());
        if (latest.isPresent()) {
            return latest.get().atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        return a.history().stream().map(HistoryEvent::at).filter(Objects::nonNull).findFirst().orElse(Instant.EPOCH);
    }

    static String timestamp(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    static String timestamp(LocalDate date) {
        return timestamp(date.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** The moment a dated thing happened, or the export's one timestamp when it has no date. */
    String timestampOr(LocalDate date) {
        return date == null ? lastModified : timestamp(date);
    }

    static ObjectNode prop(String name, String value) {
        ObjectNode p = JsonOut.object();
        p.put("name", name);
        p.put("value", value);
        return p;
    }

    static ObjectNode demarcProp(String name, String value) {
        ObjectNode p = prop(name, value);
        p.put("ns", NS);
        return p;
    }

    /** An OSCAL string must not be empty: a blank text becomes the fallback. */
    static String text(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /**
     * A one-line OSCAL field (a title, a name, a prop value) must hold no line break and no space at
     * either end: every run of white space becomes one space; a blank text becomes the fallback.
     */
    static String line(String value, String fallback) {
        String s = value == null ? "" : value.replaceAll("[\\s\\u0085\\u2028\\u2029]+", " ").strip();
        return s.isEmpty() ? line(fallback, "-") : s;
    }

    /** An evidence path as a URI reference: "/" between segments, everything else percent-encoded where it must be. */
    static String href(String path) {
        String p = path.replace('\\', '/');
        try {
            return new java.net.URI(null, null, p, null).toASCIIString();
        } catch (java.net.URISyntaxException e) {
            return java.net.URLEncoder.encode(p, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")
                    .replace("%2F", "/");
        }
    }
}

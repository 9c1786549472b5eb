package org.demarc.assessment.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.demarc.catalog.diff.CatalogDiff;
import org.demarc.catalog.diff.ResponsibilityChange;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.assessment.analysis.AssessmentAnalysis;

/**
 * What changed from one assessment to the next (usually last year's and this year's): services
 * added to and removed from scope, responsibility changes for services in both scopes (the catalog
 * moved), answers that improved or worsened, gaps that are new and gaps that were closed. Plain data,
 * computed once; the command line, the GUI and the report all show the same result.
 *
 * <p>An answer improves when its coverage credit rises (not implemented, then partial, then
 * implemented or alternative) and worsens when it falls. Changes to or from not applicable, and
 * answers that appear or disappear, are "other" changes. A gap is a partial or not implemented
 * answer to a control that is asked; it is closed when the control is answered without a gap in
 * the new assessment, and no longer assessed when the control is not asked there.
 */
public record AssessmentDiff(Side previous, Side current, List<String> servicesAdded, List<String> servicesRemoved,
                             List<ResponsibilityChange> responsibilityChanges, List<String> controlsAdded,
                             List<String> controlsRemoved, List<AnswerChange> improved, List<AnswerChange> worsened,
                             List<AnswerChange> otherChanges, List<AnswerChange> newGaps, List<AnswerChange> closedGaps,
                             List<AnswerChange> gapsNoLongerAssessed, int unchanged, double coverageBefore,
                             double coverageAfter) {

    /** One side of the comparison, as the user knows it. */
    public record Side(String title, String client, String catalogVersion, String fingerprint) {
    }

    /**
     * One control's answer on both sides; a status is null where there is no answer. {@code title}
     * and {@code domainId} come from the newer catalog when the control is in it.
     */
    public record AnswerChange(String controlId, String title, String domainId, AnswerStatus before,
                               AnswerStatus after, Answer previousAnswer, Answer currentAnswer) {
    }

    public AssessmentDiff {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        servicesAdded = List.copyOf(servicesAdded);
        servicesRemoved = List.copyOf(servicesRemoved);
        responsibilityChanges = List.copyOf(responsibilityChanges);
        controlsAdded = List.copyOf(controlsAdded);
        controlsRemoved = List.copyOf(controlsRemoved);
        improved = List.copyOf(improved);
        worsened = List.copyOf(worsened);
        otherChanges = List.copyOf(otherChanges);
        newGaps = List.copyOf(newGaps);
        closedGaps = List.copyOf(closedGaps);
        gapsNoLongerAssessed = List.copyOf(gapsNoLongerAssessed);
    }

    public static AssessmentDiff between(Assessment previous, Assessment current) {
        AssessmentAnalysis before = new AssessmentAnalysis(previous);
        AssessmentAnalysis after = new AssessmentAnalysis(current);
        List<String> added = current.scope().stream().filter(s -> !previous.scope().contains(s)).toList();
        List<String> removed = previous.scope().stream().filter(s -> !current.scope().contains(s)).toList();
        Set<String> both = new TreeSet<>(previous.scope());
        both.retainAll(current.scope());
        CatalogDiff catalogs = CatalogDiff.between(previous.catalog(), current.catalog());
        List<ResponsibilityChange> moves = catalogs.responsibilityChangesFor(both);

        Set<String> askedBefore = ids(before.asked());
        Set<String> askedAfter = ids(after.asked());
        List<AnswerChange> improved = new ArrayList<>();
        List<AnswerChange> worsened = new ArrayList<>();
        List<AnswerChange> other = new ArrayList<>();
        List<AnswerChange> newGaps = new ArrayList<>();
        List<AnswerChange> closed = new ArrayList<>();
        List<AnswerChange> dropped = new ArrayList<>();
        int unchanged = 0;
        for (String id : controlOrder(previous, current)) {
            Answer a = previous.answers().get(id);
            Answer b = current.answers().get(id);
            Control c = current.catalog().control(id).or(() -> previous.catalog().control(id)).orElseThrow();
            AnswerChange change = new AnswerChange(id, c.title(), c.domainId(), a == null ? null : a.status(),
                    b == null ? null : b.status(), a, b);
            boolean gapBefore = askedBefore.contains(id) && a != null && a.status().isGap();
            boolean gapAfter = askedAfter.contains(id) && b != null && b.status().isGap();
            if (gapAfter && !gapBefore) {
                newGaps.add(change);
            }
            if (gapBefore && !gapAfter) {
                (askedAfter.contains(id) && b != null ? closed : dropped).add(change);
            }
            if (change.before() == change.after()) {
                unchanged += a == null ? 0 : 1;
                continue;
            }
            int direction = a == null || b == null ? 0 : Double.compare(credit(b.status()), credit(a.status()));
            if (a != null && b != null && countsForCoverage(a.status()) && countsForCoverage(b.status()) && direction != 0) {
                (direction > 0 ? improved : worsened).add(change);
            } else {
                other.add(change);
            }
        }
        return new AssessmentDiff(side(previous), side(current), added, removed, moves,
                catalogs.controlsAdded().stream().map(Control::id).toList(),
                catalogs.controlsRemoved().stream().map(Control::id).toList(), improved, worsened, other, newGaps,
                closed, dropped, unchanged, before.coverage(), after.coverage());
    }

    /** True when nothing of substance changed: scope, responsibilities and statuses are the same. */
    public boolean isEmpty() {
        return servicesAdded.isEmpty() && servicesRemoved.isEmpty() && responsibilityChanges.isEmpty()
                && controlsAdded.isEmpty() && controlsRemoved.isEmpty() && improved.isEmpty() && worsened.isEmpty()
                && otherChanges.isEmpty() && newGaps.isEmpty() && closedGaps.isEmpty() && gapsNoLongerAssessed.isEmpty();
    }

    private static Side side(Assessment a) {
        return new Side(a.engagement().title(), a.engagement().client(), a.catalog().version(),
                org.demarc.assessment.ContentFingerprint.of(a));
    }

    private static Set<String> ids(List<Control> controls) {
        Set<String> ids = new LinkedHashSet<>();
        controls.forEach(c -> ids.add(c.id()));
        return ids;
    }

    /** The newer catalog's order, then controls only the older one has. */
    private static List<String> controlOrder(Assessment previous, Assessment current) {
        Set<String> ids = new LinkedHashSet<>();
        current.catalog().controls().forEach(c -> ids.add(c.id()));
        previous.catalog().controls().forEach(c -> ids.add(c.id()));
        return new ArrayList<>(ids);
    }

    private static boolean countsForCoverage(AnswerStatus s) {
        return s != AnswerStatus.NOT_APPLICABLE && s != AnswerStatus.INHERITED;
    }

    /** The same credit the coverage figures use: implemented or alternative 1, partial ½, else 0. */
    private static double credit(AnswerStatus s) {
        return switch (s) {
            case IMPLEMENTED, ALTERNATIVE -> 1.0;
            case PARTIAL -> 0.5;
            default -> 0.0;
        };
    }
}

package org.demarc.assessment.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.demarc.catalog.engine.ResponsibilityEngine;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.model.Domain;
import org.demarc.model.Responsibility;
import org.demarc.model.ResponsibilityMatrix;
import org.demarc.model.Service;

/**
 * The figures of an assessment that the review step and the report show: progress and coverage by
 * domain, status distribution, responsibility split and gaps by priority. Computed once per
 * assessment value; {@link #next} carries the matrix over from one value to the next.
 */
public final class AssessmentAnalysis {
    private final Assessment assessment;
    private final ResponsibilityMatrix matrix;
    private final List<Control> asked;
    private final List<Control> inherited;

    public AssessmentAnalysis(Assessment assessment) {
        this(assessment, ResponsibilityEngine.matrix(assessment));
    }

    private AssessmentAnalysis(Assessment assessment, ResponsibilityMatrix matrix) {
        this.assessment = assessment;
        this.matrix = matrix;
        this.asked = matrix.services().isEmpty() ? List.of() : matrix.controlsNeedingAnswer();
        this.inherited = matrix.services().isEmpty() ? List.of() : matrix.inheritedControls();
    }

    /**
     * The analysis of {@code next}, reusing this one's matrix when catalog, scope and variants are unchanged.
     * The matrix depends on nothing else, and an edit of an answer (every keystroke in a finding)
     * must not rebuild it.
     */
    public AssessmentAnalysis next(Assessment next) {
        Assessment now = assessment;
        boolean sameCatalog = next.catalog() == now.catalog() || next.catalog().equals(now.catalog());
        return sameCatalog && next.scope().equals(now.scope())
                && next.variants().equals(now.variants()) ? new AssessmentAnalysis(next, matrix)
                : new AssessmentAnalysis(next);
    }

    public Assessment assessment() {
        return assessment;
    }

    public ResponsibilityMatrix matrix() {
        return matrix;
    }

    /** Controls where the customer holds a share for at least one service in scope. */
    public List<Control> asked() {
        return asked;
    }

    /** Controls the provider carries for every service in scope: acknowledged with provider evidence. */
    public List<Control> inherited() {
        return inherited;
    }

    public boolean isInherited(Control c) {
        return inherited.contains(c);
    }

    /** Every control that needs something from the auditor, in catalog order. */
    public List<Control> workList() {
        return matrix.services().isEmpty() ? List.of() : matrix.controls();
    }

    public boolean isAnswered(Control c) {
        Answer a = assessment.answers().get(c.id());
        if (a == null) {
            return false;
        }
        return isInherited(c) ? a.status() == AnswerStatus.INHERITED && !a.providerEvidence().isEmpty()
                : a.status() != AnswerStatus.INHERITED;
    }

    public List<Control> unanswered() {
        return workList().stream().filter(c -> !isAnswered(c)).toList();
    }

    public List<Control> flagged() {
        return workList().stream().filter(c -> assessment.answer(c.id()).map(Answer::flagged).orElse(false)).toList();
    }

    /** Answers put aside to discuss later in the workshop. */
    public List<Control> parked() {
        return workList().stream().filter(c -> assessment.answer(c.id()).map(Answer::parked).orElse(false)).toList();
    }

    public List<DomainProgress> progressByDomain() {
        List<DomainProgress> out = new ArrayList<>();
        for (Domain d : assessment.catalog().domains()) {
            List<Control> inDomain = workList().stream().filter(c -> c.domainId().equals(d.id())).toList();
            if (inDomain.isEmpty()) {
                continue;
            }
            int answered = (int) inDomain.stream().filter(this::isAnswered).count();
            double score = 0;
            int applicable = 0;
            for (Control c : inDomain) {
                if (isInherited(c)) {
                    continue;
                }
                AnswerStatus s = assessment.answer(c.id()).map(Answer::status).orElse(null);
                if (s == AnswerStatus.NOT_APPLICABLE) {
                    continue;
                }
                applicable++;
                score += credit(s);
            }
            out.add(new DomainProgress(d, inDomain.size(), answered, applicable == 0 ? 1.0 : score / applicable,
                    applicable));
        }
        return out;
    }

    /** Credit toward coverage: implemented or alternative 1, partial ½, anything else 0. */
    static double credit(AnswerStatus s) {
        if (s == null) {
            return 0;
        }
        return switch (s) {
            case IMPLEMENTED, ALTERNATIVE -> 1.0;
            case PARTIAL -> 0.5;
            default -> 0.0;
        };
    }

    /** The overall coverage score across every applicable customer control (0 to 1). */
    public double coverage() {
        double score = 0;
        int applicable = 0;
        for (DomainProgress p : progressByDomain()) {
            score += p.coverage() * p.applicable();
            applicable += p.applicable();
        }
        return applicable == 0 ? 1.0 : score / applicable;
    }

    /** Answers by status, unanswered questions under the null key excluded. */
    public Map<AnswerStatus, Integer> statusDistribution() {
        Map<AnswerStatus, Integer> out = new EnumMap<>(AnswerStatus.class);
        for (AnswerStatus s : AnswerStatus.values()) {
            out.put(s, 0);
        }
        for (Control c : workList()) {
            assessment.answer(c.id()).ifPresent(a -> out.merge(a.status(), 1, Integer::sum));
        }
        return out;
    }

    /** Cells of the matrix by responsibility. */
    public Map<Responsibility, Integer> responsibilitySplit() {
        Map<Responsibility, Integer> out = new EnumMap<>(Responsibility.class);
        for (Responsibility r : Responsibility.values()) {
            out.put(r, 0);
        }
        for (Control c : matrix.controls()) {
            for (Service s : matrix.services()) {
                out.merge(matrix.cell(c.id(), s.id()).responsibility(), 1, Integer::sum);
            }
        }
        return out;
    }

    /** Gaps ordered by priority (weight × 2 when not implemented, × 1 when partial), highest first. */
    public List<Gap> gapsByPriority() {
        List<Gap> gaps = new ArrayList<>();
        for (Control c : asked) {
            Answer a = assessment.answers().get(c.id());
            if (a != null && a.status().isGap()) {
                int severity = a.status() == AnswerStatus.NOT_IMPLEMENTED ? 2 : 1;
                gaps.add(new Gap(c, a, c.weight() * severity));
            }
        }
        gaps.sort(Comparator.comparingInt(Gap::priority).reversed()
                .thenComparing(g -> workList().indexOf(g.control())));
        return gaps;
    }
}

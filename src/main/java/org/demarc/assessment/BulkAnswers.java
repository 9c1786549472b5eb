package org.demarc.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.demarc.assessment.analysis.AssessmentAnalysis;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.model.ProviderEvidence;

/**
 * One change to the answers of several controls at once: a status, a justification, or provider
 * evidence shared by inherited controls (one SOC 2 report for all of them). The rules are those of
 * answering one control: inherited controls are only acknowledged, every other one is answered.
 * A plan says what will change before it is applied, so the user can confirm a summary.
 */
public final class BulkAnswers {
    private BulkAnswers() {
    }

    /**
     * What a bulk change does.
     *
     * @param changes the controls the change applies to, in the order given
     * @param skipped how many of the chosen controls it does not apply to
     * @param change  the new answer of one of them, from the answer it has (null: none)
     */
    public record Plan(List<Control> changes, int skipped, BiFunction<Control, Answer, Answer> change) {
        public boolean isEmpty() {
            return changes.isEmpty();
        }

        /** The assessment with the change made to every control the plan applies to. */
        public Assessment applyTo(Assessment a) {
            Assessment result = a;
            for (Control c : changes) {
                result = result.withAnswer(c.id(), change.apply(c, result.answers().get(c.id())));
            }
            return result;
        }
    }

    /** Sets the status and confirms today; inherited controls take only INHERITED, the others anything else. */
    public static Plan setStatus(AssessmentAnalysis an, Collection<Control> controls, AnswerStatus status,
                                 LocalDate today) {
        return plan(an, controls, c -> an.isInherited(c) == (status == AnswerStatus.INHERITED), (c, a) ->
                (a == null ? Answer.of(status) : a.withStatus(status)).withLastConfirmed(today));
    }

    /** Sets the justification of every chosen control that has an answer (the field opens with a status). */
    public static Plan setJustification(AssessmentAnalysis an, Collection<Control> controls, String justification) {
        String text = justification.strip();
        return plan(an, controls, c -> an.assessment().answers().containsKey(c.id()),
                (c, a) -> a.withJustification(text));
    }

    /**
     * Adds the provider evidence to every chosen inherited control that does not hold all of it yet,
     * which acknowledges the control, and confirms today.
     */
    public static Plan shareProviderEvidence(AssessmentAnalysis an, Collection<Control> controls,
                                             List<ProviderEvidence> evidence, LocalDate today) {
        return plan(an, controls, c -> an.isInherited(c) && !an.assessment().answer(c.id())
                .map(a -> a.providerEvidence().containsAll(evidence)).orElse(evidence.isEmpty()), (c, a) -> {
                    Answer base = a == null ? Answer.of(AnswerStatus.INHERITED) : a;
                    List<ProviderEvidence> all = new ArrayList<>(base.providerEvidence());
                    evidence.stream().filter(e -> !all.contains(e)).forEach(all::add);
                    return base.withProviderEvidence(all).withLastConfirmed(today);
                });
    }

    /** The provider evidence recorded on any of the chosen inherited controls, each once, in their order. */
    public static List<ProviderEvidence> providerEvidenceOf(AssessmentAnalysis an, Collection<Control> controls) {
        return controls.stream().filter(an::isInherited)
                .flatMap(c -> an.assessment().answer(c.id()).map(Answer::providerEvidence).orElse(List.of()).stream())
                .distinct().toList();
    }

    private static Plan plan(AssessmentAnalysis an, Collection<Control> controls,
                             Predicate<Control> applies, BiFunction<Control, Answer, Answer> change) {
        List<Control> changes = controls.stream().distinct().filter(applies).toList();
        return new Plan(changes, (int) controls.stream().distinct().count() - changes.size(), change);
    }
}

package org.demarc.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.demarc.catalog.diff.CatalogDiff;
import org.demarc.catalog.engine.ResponsibilityEngine;
import org.demarc.catalog.diff.Change;
import org.demarc.catalog.diff.ProviderPartDiff;
import org.demarc.catalog.diff.ResponsibilityChange;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.Catalog;
import org.demarc.model.Control;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.demarc.model.Messages;
import org.demarc.model.ResponsibilityMatrix;
import org.demarc.model.ServiceException;
import org.demarc.model.ServiceVariant;

/**
 * Moves an assessment to another catalog, usually a newer version of the one it was made with.
 * Every answer whose control still exists is kept; answers, services in scope and per-service
 * exceptions the new catalog no longer has are dropped and listed. Answers that need a second
 * look (the responsibility changed for a service in scope, in the variant the project chose for
 * it, or the question changed) are flagged
 * for review. The result carries no sign-off, since its content differs from what was signed,
 * and its history records the move. Plain data in, plain data out: the caller decides whether to
 * save the result, and where.
 *
 * <p>A project combining several providers' catalogs moves part by part: each provider's part is
 * compared with the target's part of the same provider (its own defaults, overrides and wording),
 * so replacing one provider's part leaves the answers that only the other parts decide untouched.
 */
public final class CatalogMigration {
    private CatalogMigration() {
    }

    /** An answer that was dropped because its control is not in the new catalog. */
    public record DroppedAnswer(String controlId, AnswerStatus status) {
    }

    /** A per-service exception that was dropped because its service is not in the new catalog. */
    public record DroppedException(String controlId, String serviceId) {
    }

    /**
     * A control to look at again, and why: its responsibility changed for a service in scope, its
     * question changed, or the project answered it and the new catalog no longer asks it (every
     * cell in scope is now not applicable or the provider's). Such an answer is kept and flagged.
     */
    public record Review(String controlId, List<ResponsibilityChange> responsibilityChanges,
                         boolean questionChanged, boolean answerNoLongerAsked) {
        public Review {
            responsibilityChanges = List.copyOf(responsibilityChanges);
        }

        public Review(String controlId, List<ResponsibilityChange> responsibilityChanges, boolean questionChanged) {
            this(controlId, responsibilityChanges, questionChanged, false);
        }
    }

    /**
     * A service in scope whose chosen deployment variant the new catalog lacks: it is now assessed
     * in its default variant ({@code defaultName}, empty when the service has no variants left).
     */
    public record VariantFallback(String serviceId, String variantId, String variantName, String defaultName) {
    }

    /** The migrated assessment and everything the user should know about the move. */
    public record Result(Assessment assessment, CatalogDiff diff, List<String> droppedServices,
                         List<DroppedAnswer> droppedAnswers, List<DroppedException> droppedExceptions,
                         List<Review> reviews, boolean signOffVoided, List<VariantFallback> variantFallbacks) {
        public Result {
            Objects.requireNonNull(assessment, "assessment");
            Objects.requireNonNull(diff, "diff");
            droppedServices = List.copyOf(droppedServices);
            droppedAnswers = List.copyOf(droppedAnswers);
            droppedExceptions = List.copyOf(droppedExceptions);
            reviews = List.copyOf(reviews);
            variantFallbacks = List.copyOf(variantFallbacks);
        }

        /** Answers kept and flagged although the new catalog no longer asks their control. */
        public List<String> answersNoLongerAsked() {
            return reviews.stream().filter(Review::answerNoLongerAsked).map(Review::controlId).toList();
        }

        /** Controls the new catalog adds: questions to answer, or inherited controls to acknowledge. */
        public List<Control> newControls() {
            return diff.controlsAdded();
        }
    }

    public static Result migrate(Assessment project, Catalog target, Instant at, String actor) {
        CatalogDiff diff = CatalogDiff.between(project.catalog(), target);
        TreeSet<String> scope = new TreeSet<>();
        List<String> droppedServices = new ArrayList<>();
        for (String id : project.scope()) {
            (target.service(id).isPresent() ? scope : droppedServices).add(id);
        }
        List<Review> reviews = reviews(project, target, diff, scope);
        Set<String> toReview = reviews.stream().map(Review::controlId).collect(Collectors.toSet());
        TreeMap<String, Answer> answers = new TreeMap<>();
        List<DroppedAnswer> droppedAnswers = new ArrayList<>();
        List<DroppedException> droppedExceptions = new ArrayList<>();
        project.answers().forEach((controlId, answer) -> {
            if (target.control(controlId).isEmpty()) {
                droppedAnswers.add(new DroppedAnswer(controlId, answer.status()));
                return;
            }
            List<ServiceException> kept = new ArrayList<>();
            for (ServiceException x : answer.exceptions()) {
                if (target.service(x.serviceId()).isPresent()) {
                    kept.add(x);
                } else {
                    droppedExceptions.add(new DroppedException(controlId, x.serviceId()));
                }
            }
            Answer migrated = answer.withExceptions(kept);
            answers.put(controlId, toReview.contains(controlId) ? migrated.withFlagged(true) : migrated);
        });
        boolean signedOff = project.isSignedOff();
        List<HistoryEvent> history = new ArrayList<>(project.history());
        if (signedOff) {
            history.add(new HistoryEvent(at, HistoryKind.REOPENED, actor,
                    Messages.get("project.migrate.signOffVoided", target.name(), target.version())));
        }
        history.add(new HistoryEvent(at, HistoryKind.MIGRATED, actor, Messages.get("project.migrate.history",
                moved(project.catalog(), target), answers.size(), droppedAnswers.size(), droppedServices.size(),
                reviews.size())));
        // A variant the target lacks is dropped by the model: the service is then assessed in its default.
        Assessment migrated = new Assessment(project.engagement(), target, scope, answers, null, history, List.of(),
                project.variants(), project.reportProfile());
        return new Result(migrated, diff, droppedServices, droppedAnswers, droppedExceptions, reviews, signedOff,
                variantFallbacks(project, target, scope));
    }

    /**
     * What moved, as the history tells it: the catalog and version before and after, or for a
     * combination each provider part that changed.
     */
    private static String moved(Catalog from, Catalog to) {
        if (!from.isCombined() && !to.isCombined()) {
            return Messages.get("project.migrate.moved", from.name(), from.version(), to.name(), to.version());
        }
        List<String> parts = new ArrayList<>();
        for (ProviderPartDiff part : ProviderPartDiff.between(from, to)) {
            if (part.from().isEmpty() || part.to().isEmpty() || !part.from().equals(part.to())) {
                parts.add(Messages.get("project.migrate.movedPart", part.provider().name(),
                        part.from().map(Catalog::name).orElse("-"), part.from().map(Catalog::version).orElse("-"),
                        part.to().map(Catalog::name).orElse("-"), part.to().map(Catalog::version).orElse("-")));
            }
        }
        return parts.isEmpty() ? Messages.get("project.migrate.movedNothing") : String.join("; ", parts);
    }

    /**
     * The catalogs compared provider part by provider part: one diff for two single catalogs, else
     * one per provider both have (a combination compared whole would judge every service by the
     * first part's defaults and wording).
     */
    private static List<CatalogDiff> partDiffs(Catalog from, Catalog to, CatalogDiff whole) {
        if (!from.isCombined() && !to.isCombined()) {
            return List.of(whole);
        }
        return ProviderPartDiff.between(from, to).stream().flatMap(p -> p.diff().stream()).toList();
    }

    /** Chosen variants of services that stay in scope which the new catalog's service no longer has. */
    private static List<VariantFallback> variantFallbacks(Assessment project, Catalog target, Set<String> scope) {
        List<VariantFallback> out = new ArrayList<>();
        project.variants().forEach((serviceId, variantId) -> target.service(serviceId)
                .filter(s -> scope.contains(serviceId) && s.variant(variantId).isEmpty())
                .ifPresent(s -> out.add(new VariantFallback(serviceId, variantId,
                        project.catalog().service(serviceId).flatMap(old -> old.variant(variantId))
                                .map(ServiceVariant::name).orElse(variantId),
                        s.defaultVariant().map(ServiceVariant::name).orElse("")))));
        return out;
    }

    /**
     * Controls, in the new catalog's order, whose responsibility changed for a service that stays
     * in scope, whose question changed while the project holds an answer to it, or whose answer
     * the new catalog no longer asks for.
     */
    private static List<Review> reviews(Assessment project, Catalog target, CatalogDiff diff, Set<String> scope) {
        Set<String> noLongerAsked = answersNoLongerAsked(project, target, scope);
        List<CatalogDiff> parts = partDiffs(project.catalog(), target, diff);
        Map<String, List<ResponsibilityChange>> byControl = parts.stream()
                .flatMap(part -> part.responsibilityChangesFor(scope, project.variants()).stream())
                .collect(Collectors.groupingBy(ResponsibilityChange::controlId, LinkedHashMap::new,
                        Collectors.toList()));
        Set<String> questionChanged = parts.stream().flatMap(part -> part.controlsChanged().stream())
                .filter(c -> c.members().contains("question") && project.answers().containsKey(c.id()))
                .map(Change::id)
                .collect(Collectors.toSet());
        List<Review> reviews = new ArrayList<>();
        for (Control c : target.controls()) {
            List<ResponsibilityChange> changes = byControl.getOrDefault(c.id(), List.of());
            boolean question = questionChanged.contains(c.id());
            boolean notAsked = noLongerAsked.contains(c.id());
            if (!changes.isEmpty() || question || notAsked) {
                reviews.add(new Review(c.id(), changes, question, notAsked));
            }
        }
        return reviews;
    }

    /**
     * Answered controls the customer had a share in before the move and has none in after it, in
     * the new catalog and scope: an answer there would vanish from the questions unless flagged.
     */
    private static Set<String> answersNoLongerAsked(Assessment project, Catalog target, Set<String> scope) {
        ResponsibilityMatrix before = ResponsibilityEngine.matrix(project);
        ResponsibilityMatrix after = ResponsibilityEngine.matrix(target, scope, project.variants());
        return project.answers().keySet().stream()
                .filter(id -> target.control(id).isPresent() && project.catalog().control(id).isPresent())
                .filter(id -> before.needsCustomerAnswer(id) && !after.needsCustomerAnswer(id))
                .collect(Collectors.toSet());
    }
}

package org.demarc.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One assessment: engagement, the catalog snapshot it was made with, the services in scope, the
 * answers by control id, the sign-off (null until signed), the history, and the signatories
 * gathered for a sign-off that has not happened yet (saved with the work, so none is lost before
 * "Sign off and lock"), and the deployment variant chosen for services in scope that have variants
 * (by service id; only choices other than the default are kept, so "no entry" means the default
 * variant and files that name none keep their meaning). Immutable: every edit makes a new value, which keeps undo and change
 * detection simple.
 */
public record Assessment(Engagement engagement, Catalog catalog, SortedSet<String> scope,
                         SortedMap<String, Answer> answers, SignOff signOff, List<HistoryEvent> history,
                         List<Signatory> draftSignatories, SortedMap<String, String> variants,
                         ReportProfile reportProfile) {

    public Assessment {
        reportProfile = reportProfile == null ? ReportProfile.NONE : reportProfile;
        Objects.requireNonNull(engagement, "engagement");
        Objects.requireNonNull(catalog, "catalog");
        scope = Collections.unmodifiableSortedSet(new TreeSet<>(scope));
        answers = Collections.unmodifiableSortedMap(new TreeMap<>(answers));
        history = List.copyOf(history);
        draftSignatories = draftSignatories == null ? List.of() : List.copyOf(draftSignatories);
        variants = Collections.unmodifiableSortedMap(chosenVariants(catalog, scope, variants));
    }

    /** An assessment with the default report profile (Demarc's own look). */
    public Assessment(Engagement engagement, Catalog catalog, SortedSet<String> scope,
                      SortedMap<String, Answer> answers, SignOff signOff, List<HistoryEvent> history,
                      List<Signatory> draftSignatories, SortedMap<String, String> variants) {
        this(engagement, catalog, scope, answers, signOff, history, draftSignatories, variants, ReportProfile.NONE);
    }

    /** An assessment with every service in its default variant. */
    public Assessment(Engagement engagement, Catalog catalog, SortedSet<String> scope,
                      SortedMap<String, Answer> answers, SignOff signOff, List<HistoryEvent> history,
                      List<Signatory> draftSignatories) {
        this(engagement, catalog, scope, answers, signOff, history, draftSignatories, new TreeMap<>());
    }

    /** The choices that say something: a service in scope, a variant it has, not its default. */
    private static TreeMap<String, String> chosenVariants(Catalog catalog, SortedSet<String> scope,
                                                          Map<String, String> variants) {
        TreeMap<String, String> kept = new TreeMap<>();
        if (variants == null) {
            return kept;
        }
        variants.forEach((serviceId, variantId) -> {
            Optional<Service> service = catalog.service(serviceId);
            boolean meaningful = scope.contains(serviceId) && service.flatMap(s -> s.variant(variantId)).isPresent()
                    && !service.flatMap(Service::defaultVariant).map(ServiceVariant::id).orElse("").equals(variantId);
            if (meaningful) {
                kept.put(serviceId, variantId);
            }
        });
        return kept;
    }

    /** An assessment with no signatories gathered. */
    public Assessment(Engagement engagement, Catalog catalog, SortedSet<String> scope,
                      SortedMap<String, Answer> answers, SignOff signOff, List<HistoryEvent> history) {
        this(engagement, catalog, scope, answers, signOff, history, List.of());
    }

    public static Assessment create(Engagement engagement, Catalog catalog, HistoryEvent created) {
        return new Assessment(engagement, catalog, new TreeSet<>(), new TreeMap<>(), null, List.of(created));
    }

    public boolean isSignedOff() {
        return signOff != null;
    }

    public Optional<Answer> answer(String controlId) {
        return Optional.ofNullable(answers.get(controlId));
    }

    public Assessment withEngagement(Engagement newEngagement) {
        return new Assessment(newEngagement, catalog, scope, answers, signOff, history, draftSignatories, variants,
                reportProfile);
    }

    public Assessment withScope(SortedSet<String> newScope) {
        return new Assessment(engagement, catalog, newScope, answers, signOff, history, draftSignatories, variants,
                reportProfile);
    }

    /** The variant chosen for a service in scope; empty when it runs in its default (or has none). */
    public Optional<String> variantOf(String serviceId) {
        return Optional.ofNullable(variants.get(serviceId));
    }

    /** With {@code serviceId} deployed as {@code variantId}; the default variant or null clears the choice. */
    public Assessment withVariant(String serviceId, String variantId) {
        TreeMap<String, String> copy = new TreeMap<>(variants);
        if (variantId == null) {
            copy.remove(serviceId);
        } else {
            copy.put(serviceId, variantId);
        }
        return new Assessment(engagement, catalog, scope, answers, signOff, history, draftSignatories, copy,
                reportProfile);
    }

    public Assessment withAnswer(String controlId, Answer answer) {
        TreeMap<String, Answer> copy = new TreeMap<>(answers);
        if (answer == null) {
            copy.remove(controlId);
        } else {
            copy.put(controlId, answer);
        }
        return new Assessment(engagement, catalog, scope, copy, signOff, history, draftSignatories, variants,
                reportProfile);
    }

    public Assessment withSignOff(SignOff newSignOff) {
        return new Assessment(engagement, catalog, scope, answers, newSignOff, history, draftSignatories, variants,
                reportProfile);
    }

    public Assessment withEvent(HistoryEvent event) {
        List<HistoryEvent> copy = new java.util.ArrayList<>(history);
        copy.add(event);
        return new Assessment(engagement, catalog, scope, answers, signOff, copy, draftSignatories, variants,
                reportProfile);
    }

    /** With the branding and marking of its reports. */
    public Assessment withReportProfile(ReportProfile profile) {
        return new Assessment(engagement, catalog, scope, answers, signOff, history, draftSignatories, variants,
                profile);
    }

    public Assessment withDraftSignatories(List<Signatory> signatories) {
        return new Assessment(engagement, catalog, scope, answers, signOff, history, signatories, variants,
                reportProfile);
    }
}

package org.demarc.model;

import java.util.Collections;
import java.util.List;
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
 * "Sign off and lock"). Immutable: every edit makes a new value, which keeps undo and change
 * detection simple.
 */
public record Assessment(Engagement engagement, Catalog catalog, SortedSet<String> scope,
                         SortedMap<String, Answer> answers, SignOff signOff, List<HistoryEvent> history,
                         List<Signatory> draftSignatories) {

    public Assessment {
        Objects.requireNonNull(engagement, "engagement");
        Objects.requireNonNull(catalog, "catalog");
        scope = Collections.unmodifiableSortedSet(new TreeSet<>(scope));
        answers = Collections.unmodifiableSortedMap(new TreeMap<>(answers));
        history = List.copyOf(history);
        draftSignatories = draftSignatories == null ? List.of() : List.copyOf(draftSignatories);
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
        return new Assessment(newEngagement, catalog, scope, answers, signOff, history, draftSignatories);
    }

    public Assessment withScope(SortedSet<String> newScope) {
        return new Assessment(engagement, catalog, newScope, answers, signOff, history, draftSignatories);
    }

    public Assessment withAnswer(String controlId, Answer answer) {
        TreeMap<String, Answer> copy = new TreeMap<>(answers);
        if (answer == null) {
            copy.remove(controlId);
        } else {
            copy.put(controlId, answer);
        }
        return new Assessment(engagement, catalog, scope, copy, signOff, history, draftSignatories);
    }

    public Assessment withSignOff(SignOff newSignOff) {
        return new Assessment(engagement, catalog, scope, answers, newSignOff, history, draftSignatories);
    }

    public Assessment withEvent(HistoryEvent event) {
        List<HistoryEvent> copy = new java.util.ArrayList<>(history);
        copy.add(event);
        return new Assessment(engagement, catalog, scope, answers, signOff, copy, draftSignatories);
    }

    public Assessment withDraftSignatories(List<Signatory> signatories) {
        return new Assessment(engagement, catalog, scope, answers, signOff, history, signatories);
    }
}

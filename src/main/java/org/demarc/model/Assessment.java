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
 * answers by control id, the sign-off (null until signed) and the history. Immutable: every edit
 * makes a new value, which keeps undo and change detection simple.
 */
public record Assessment(Engagement engagement, Catalog catalog, SortedSet<String> scope,
                         SortedMap<String, Answer> answers, SignOff signOff, List<HistoryEvent> history) {

    public Assessment {
        Objects.requireNonNull(engagement, "engagement");
        Objects.requireNonNull(catalog, "catalog");
        scope = Collections.unmodifiableSortedSet(new TreeSet<>(scope));
        answers = Collections.unmodifiableSortedMap(new TreeMap<>(answers));
        history = List.copyOf(history);
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
        return new Assessment(newEngagement, catalog, scope, answers, signOff, history);
    }

    public Assessment withScope(SortedSet<String> newScope) {
        return new Assessment(engagement, catalog, newScope, answers, signOff, history);
    }

    public Assessment withAnswer(String controlId, Answer answer) {
        TreeMap<String, Answer> copy = new TreeMap<>(answers);
        if (answer == null) {
            copy.remove(controlId);
        } else {
            copy.put(controlId, answer);
        }
        return new Assessment(engagement, catalog, scope, copy, signOff, history);
    }

    public Assessment withSignOff(SignOff newSignOff) {
        return new Assessment(engagement, catalog, scope, answers, newSignOff, history);
    }

    public Assessment withEvent(HistoryEvent event) {
        List<HistoryEvent> copy = new java.util.ArrayList<>(history);
        copy.add(event);
        return new Assessment(engagement, catalog, scope, answers, signOff, copy);
    }
}

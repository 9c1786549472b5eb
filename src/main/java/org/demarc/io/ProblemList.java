package org.demarc.io;

import java.util.ArrayList;
import java.util.List;

import org.demarc.io.Problem;

/** Collects the problems found while reading one file, so the user sees all of them at once. */
public final class ProblemList {
    /** Past this many errors the rest are noise; reading stops adding them. */
    public static final int MAX_REPORTED = 200;

    private final List<Problem> problems = new ArrayList<>();

    public void error(String location, String key, Object... args) {
        add(Problem.error(location, key, args));
    }

    public void warning(String location, String key, Object... args) {
        add(Problem.warning(location, key, args));
    }

    public void add(Problem problem) {
        if (problems.size() < MAX_REPORTED) {
            problems.add(problem);
        }
    }

    public void addAll(List<Problem> more) {
        more.forEach(this::add);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> all() {
        return List.copyOf(problems);
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}

package org.demarc.io;

import java.util.List;
import java.util.stream.Collectors;

import org.demarc.io.Problem;

/** A file that cannot be used, with every problem found and where it is. */
public class InvalidFileException extends Exception {
    private final transient List<Problem> problems;

    public InvalidFileException(List<Problem> problems) {
        super(problems.stream().map(Problem::describe).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public InvalidFileException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}

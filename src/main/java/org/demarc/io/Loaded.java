package org.demarc.io;

import java.util.List;

import org.demarc.io.Problem;

/** A value read from a file, with the warnings the user should still see. */
public record Loaded<T>(T value, List<Problem> warnings) {
    public Loaded {
        warnings = List.copyOf(warnings);
    }
}

package org.demarc.model;

import java.util.Objects;

/**
 * A customer evidence file. The path uses '/' separators, relative to the project file's folder
 * when the file lies under it, absolute otherwise; hash and size are those seen when attached.
 */
public record EvidenceReference(String path, String sha256, long size, String description) {
    public EvidenceReference {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(description, "description");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
    }
}

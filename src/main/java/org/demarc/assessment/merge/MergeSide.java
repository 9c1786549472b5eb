package org.demarc.assessment.merge;

/** Which side wins the conflicts when the user chose one. */
public enum MergeSide {
    OURS,
    THEIRS
}

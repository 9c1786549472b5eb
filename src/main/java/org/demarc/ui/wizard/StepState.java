package org.demarc.ui.wizard;

/** How a step looks in the sidebar. */
public enum StepState {
    DONE,
    INCOMPLETE,
    /** Not reachable yet: the engagement needs a title and the scope a service. */
    LOCKED
}

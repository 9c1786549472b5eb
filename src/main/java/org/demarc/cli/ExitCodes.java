package org.demarc.cli;

/** The documented exit codes of every command. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INVALID_INPUT = 1;
    public static final int USAGE = 2;
    public static final int IO_ERROR = 3;

    private ExitCodes() {
    }
}

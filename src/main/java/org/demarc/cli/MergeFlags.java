package org.demarc.cli;

import picocli.CommandLine.Option;

/** The options {@code merge} and {@code merge-driver} share. */
final class MergeFlags {
    @Option(names = "--reopen", descriptionKey = "merge.reopen")
    boolean reopen;

    @Option(names = "--actor", paramLabel = "NAME", descriptionKey = "merge.actor", defaultValue = "${sys:user.name}")
    String actor;
}

package org.demarc.project;

import java.io.IOException;
import java.nio.file.CopyOption;
import java.nio.file.Path;
import java.util.function.Function;
import org.demarc.io.FileOps;

/** Injects a file-system failure for everything written in one folder; elsewhere it behaves normally. */
public final class FaultyFileOps implements FileOps {
    public enum Step { CREATE, MOVE }

    private final Path folder;
    private final Step step;
    private final Function<Path, IOException> failure;
    private int failures;

    public FaultyFileOps(Path folder, Step step, Function<Path, IOException> failure) {
        this.folder = folder.toAbsolutePath();
        this.step = step;
        this.failure = failure;
    }

    public int failures() {
        return failures;
    }

    private void maybeFail(Step at, Path path) throws IOException {
        if (at == step && path.toAbsolutePath().getParent().equals(folder)) {
            failures++;
            throw failure.apply(path);
        }
    }

    @Override
    public void createAndForce(Path file, byte[] bytes) throws IOException {
        maybeFail(Step.CREATE, file);
        FileOps.super.createAndForce(file, bytes);
    }

    @Override
    public void move(Path from, Path to, CopyOption... options) throws IOException {
        maybeFail(Step.MOVE, to);
        FileOps.super.move(from, to, options);
    }
}

package org.demarc.reliability;

import java.nio.file.Path;

import org.demarc.fixtures.LargeFixture;
import org.demarc.project.ProjectFiles;

/** Child process: saves two versions of the large fixture over one file, alternately, forever. */
public final class SaveLoop {
    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        var a = LargeFixture.create(1);
        var b = LargeFixture.create(2);
        ProjectFiles files = new ProjectFiles();
        System.out.println("READY");
        System.out.flush();
        for (long i = 0; ; i++) {
            files.save(i % 2 == 0 ? a : b, file);
        }
    }
}

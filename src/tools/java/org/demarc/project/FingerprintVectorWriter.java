package org.demarc.project;

import java.nio.file.Files;
import java.nio.file.Path;

import org.demarc.fixtures.MiniFixtures;
import org.demarc.assessment.ContentFingerprint;

/** Writes the fingerprint test vector; run by hand only when the canonical form changes on purpose. */
final class FingerprintVectorWriter {
    private FingerprintVectorWriter() {
    }

    public static void main(String[] args) throws Exception {
        var a = MiniFixtures.miniAssessment();
        Files.write(Path.of(args[0]), ProjectWriter.toBytes(a));
        System.out.println(ContentFingerprint.of(a));
    }
}

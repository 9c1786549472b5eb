package org.demarc.project;

import java.nio.charset.StandardCharsets;

import org.demarc.io.JsonOut;
import org.demarc.model.Assessment;

/** The bytes of a project file: deterministic, so the same content always gives the same bytes. */
public final class ProjectWriter {
    private ProjectWriter() {
    }

    public static byte[] toBytes(Assessment assessment) {
        return JsonOut.write(AssessmentJson.write(assessment)).getBytes(StandardCharsets.UTF_8);
    }
}

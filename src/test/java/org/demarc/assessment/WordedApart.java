package org.demarc.assessment;

import java.util.function.Function;

import org.demarc.assessment.analysis.AssessmentAnalysis;
import org.demarc.catalog.BuiltInCatalog;
import org.demarc.model.Assessment;
import org.demarc.model.Catalog;
import org.demarc.model.Control;

/** For tests of outputs over AWS and Azure: a control the two catalogs word apart, and each one's words. */
public final class WordedApart {
    private static final Catalog AWS = BuiltInCatalog.load("aws");
    private static final Catalog AZURE = BuiltInCatalog.load("azure");

    private WordedApart() {
    }

    /** The first control asked of the customer whose part (e.g. its question) AWS and Azure word differently. */
    public static Control asked(Assessment a, Function<Control, String> part) {
        return new AssessmentAnalysis(a).asked().stream()
                .filter(c -> !aws(c, part).equals(azure(c, part)) && !aws(c, part).isBlank() && !azure(c, part).isBlank())
                .findFirst().orElseThrow(() -> new AssertionError("no asked control is worded apart"));
    }

    public static String aws(Control c, Function<Control, String> part) {
        return part.apply(AWS.control(c.id()).orElseThrow());
    }

    public static String azure(Control c, Function<Control, String> part) {
        return part.apply(AZURE.control(c.id()).orElseThrow());
    }

    /** Every run of white space as one space, as text read back from a PDF or a document is compared. */
    public static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}

package org.demarc.report;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF in process: the PDF/A-2b (or 2a, PDF/UA-1) verdict and the failed rules, readable in a test failure. */
final class PdfA {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfA() {
    }

    /** Failed rules, one line each ("6.2.11.4.1-1: message"); empty when the file is PDF/A-2b. */
    static List<String> failures(byte[] pdf) throws Exception {
        return failures(pdf, PDFAFlavour.PDFA_2_B);
    }

    /** Failed rules of the accessible, archival report: PDF/A-2a, then PDF/UA-1 (each prefixed by its flavour). */
    static List<String> accessibleFailures(byte[] pdf) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        failures(pdf, PDFAFlavour.PDFA_2_A).forEach(f -> out.add("2a " + f));
        failures(pdf, PDFAFlavour.PDFUA_1).forEach(f -> out.add("ua1 " + f));
        return out;
    }

    static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> out = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
            if (!result.isCompliant() && out.isEmpty()) {
                return List.of("not compliant (no rule named)");
            }
            return out;
        }
    }
}

package org.demarc.interop.oscal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import gov.nist.secauto.metaschema.core.configuration.DefaultConfiguration;
import gov.nist.secauto.metaschema.core.configuration.IConfiguration;
import gov.nist.secauto.metaschema.core.model.constraint.IConstraint;
import gov.nist.secauto.metaschema.core.model.constraint.ValidationFeature;
import gov.nist.secauto.metaschema.core.model.validation.IValidationFinding;
import gov.nist.secauto.metaschema.core.model.validation.IValidationResult;
import gov.nist.secauto.metaschema.core.model.validation.JsonSchemaContentValidator;
import gov.nist.secauto.oscal.lib.OscalBindingContext;

/**
 * NIST's own validation of an OSCAL JSON file: the OSCAL 1.1.3 JSON schema bundled in liboscal-java,
 * then the metaschema constraints (which load what the file points at: profiles, the SSP, the plan).
 */
final class OscalValidator {
    private final OscalBindingContext context = OscalBindingContext.newInstance();
    private final JsonSchemaContentValidator schema;

    OscalValidator() {
        try (InputStream in = OscalBindingContext.class.getResourceAsStream("/schema/json/oscal-complete_schema.json")) {
            schema = new JsonSchemaContentValidator(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every finding above informational, one line each ("file: level kind path message"). */
    List<String> findings(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            collect(file, schema.validate(in, file.toUri()), out);
        }
        if (out.isEmpty()) {
            IConfiguration<ValidationFeature<?>> config = new DefaultConfiguration<>();
            collect(file, context.validateWithConstraints(file.toUri(), config), out);
        }
        return out;
    }

    private static void collect(Path file, IValidationResult result, List<String> out) {
        for (IValidationFinding f : result.getFindings()) {
            if (f.getSeverity().ordinal() > IConstraint.Level.INFORMATIONAL.ordinal()) {
                out.add(file.getFileName() + ": " + f.getSeverity() + " " + f.getKind() + " " + f.getPath()
                        + " " + f.getMessage());
            }
        }
    }
}

package org.demarc.interop.scan;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import org.demarc.io.InvalidFileException;
import org.demarc.io.Problem;

/**
 * AWS Security Finding Format, as {@code aws securityhub get-findings} writes it:
 * {@code {"Findings": [...]}}. The check is Security Hub's control id ({@code S3.1}) or Prowler's
 * generator ({@code prowler-s3_bucket_...}), the outcome {@code Compliance.Status}, the requirements
 * {@code Compliance.RelatedRequirements}. Other members of the top object (NextToken) are skipped.
 */
final class AsffReader {
    private AsffReader() {
    }

    static void read(InputStream in, ReadTally tally) throws IOException, InvalidFileException {
        try (JsonParser p = JsonFindings.parser(in)) {
            JsonFindings.next(p);
            boolean seen = false;
            JsonToken t;
            while ((t = JsonFindings.next(p)) != JsonToken.END_OBJECT) {
                String name = p.currentName();
                JsonToken value = JsonFindings.next(p);
                if ("Findings".equals(name) && value == JsonToken.START_ARRAY) {
                    seen = true;
                    JsonFindings.eachInArray(p, (f, index, where) -> take(f, where, tally));
                } else if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    p.skipChildren();
                }
            }
            if (!seen) {
                throw new InvalidFileException(Problem.error("", "scan.asffNoFindings"));
            }
        }
    }

    private static void take(JsonNode f, String where, ReadTally tally) throws InvalidFileException {
        String control = JsonFindings.text(f, "Compliance", "SecurityControlId");
        String generator = JsonFindings.text(f, "GeneratorId");
        String check = !control.isBlank() ? control
                : generator.startsWith("prowler-") ? generator.substring("prowler-".length()) : generator;
        String statusText = JsonFindings.text(f, "Compliance", "Status");
        ScanStatus status = ScanStatus.parse(statusText);
        if (check.isBlank()) {
            tally.skip(OcsfReader.field(where, "GeneratorId"), "scan.rowNoCheck");
            return;
        }
        if (status == null) {
            tally.skip(OcsfReader.field(where, "Compliance.Status"), "scan.rowBadStatus",
                    Problem.visible(statusText));
            return;
        }
        String product = JsonFindings.text(f, "ProductName");
        tally.toolIfUnknown(product.isBlank() ? JsonFindings.text(f, "ProductFields", "ProviderName") : product);
        Requirements req = new Requirements();
        OcsfReader.texts(f.path("Compliance").path("RelatedRequirements")).forEach(req::addRelated);
        String region = JsonFindings.text(f, "Resources", "Region");
        String updated = JsonFindings.text(f, "UpdatedAt");
        tally.take(new ScanFinding(check.strip(), status,
                ScanSeverity.parse(JsonFindings.text(f, "Severity", "Label")), "aws", service(check),
                JsonFindings.text(f, "Resources", "Id").strip(),
                (region.isBlank() ? JsonFindings.text(f, "Region") : region).strip(),
                JsonFindings.date(updated.isBlank() ? JsonFindings.text(f, "CreatedAt") : updated),
                req.nist, req.iso), where);
    }

    /** "S3.1" → s3, "EC2.19" → ec2, "s3_bucket_public_access" → s3: Prowler's service names. */
    private static String service(String check) {
        int dot = check.indexOf('.');
        int underscore = check.indexOf('_');
        int end = dot > 0 ? dot : underscore > 0 ? underscore : -1;
        return end < 0 ? "" : check.substring(0, end).toLowerCase(Locale.ROOT);
    }
}

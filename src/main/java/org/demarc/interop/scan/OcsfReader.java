package org.demarc.interop.scan;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import org.demarc.io.InvalidFileException;
import org.demarc.io.Problem;
import org.demarc.model.Messages;

/**
 * OCSF 1.x Detection Findings (class 2004) as a JSON list: Prowler's {@code .ocsf.json}, and the
 * shape Security Hub and Security Lake export. The check is {@code metadata.event_code}, the outcome
 * {@code status_code} (or {@code compliance.status}), the requirements Prowler's
 * {@code unmapped.compliance} or OCSF's {@code compliance.requirements}.
 */
final class OcsfReader {
    private OcsfReader() {
    }

    static void read(InputStream in, ReadTally tally) throws IOException, InvalidFileException {
        try (JsonParser p = JsonFindings.parser(in)) {
            if (JsonFindings.next(p) != JsonToken.START_ARRAY) {
                throw new InvalidFileException(Problem.error(JsonFindings.where(p), "scan.ocsfNotList"));
            }
            JsonFindings.eachInArray(p, (f, index, where) -> take(f, where, tally));
            if (p.nextToken() != null) {
                throw new InvalidFileException(Problem.error(JsonFindings.where(p), "scan.trailing"));
            }
        }
    }

    private static void take(JsonNode f, String where, ReadTally tally) throws InvalidFileException {
        String check = JsonFindings.text(f, "metadata", "event_code");
        if (check.isBlank()) {
            check = JsonFindings.text(f, "finding_info", "title");
        }
        String statusText = JsonFindings.text(f, "status_code");
        if (statusText.isBlank()) {
            statusText = JsonFindings.text(f, "compliance", "status");
        }
        ScanStatus status = ScanStatus.parse(statusText);
        if (check.isBlank()) {
            tally.skip(field(where, "metadata.event_code"), "scan.rowNoCheck");
            return;
        }
        if (status == null) {
            tally.skip(field(where, "status_code"), "scan.rowBadStatus", Problem.visible(statusText));
            return;
        }
        tally.toolIfUnknown(JsonFindings.text(f, "metadata", "product", "name"));
        Requirements req = new Requirements();
        JsonNode compliance = f.path("unmapped").path("compliance");
        if (compliance.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = compliance.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                req.add(e.getKey(), texts(e.getValue()));
            }
        }
        texts(f.path("compliance").path("requirements")).forEach(req::addRelated);
        String service = JsonFindings.text(f, "resources", "group", "name");
        if (service.isBlank()) {
            int underscore = check.indexOf('_');
            service = underscore > 0 ? check.substring(0, underscore) : "";
        }
        String region = JsonFindings.text(f, "resources", "region");
        String timeText = JsonFindings.text(f, "time_dt");
        tally.take(new ScanFinding(check.strip(), status,
                ScanSeverity.parse(JsonFindings.text(f, "severity")),
                JsonFindings.text(f, "cloud", "provider").strip().toLowerCase(Locale.ROOT), service.strip(),
                JsonFindings.text(f, "resources", "uid").strip(),
                (region.isBlank() ? JsonFindings.text(f, "cloud", "region") : region).strip(),
                JsonFindings.date(timeText.isBlank() ? JsonFindings.text(f, "time") : timeText),
                req.nist, req.iso), where);
    }

    static List<String> texts(JsonNode array) {
        if (!array.isArray()) {
            return array.isValueNode() && !array.isNull() ? List.of(array.asText()) : List.of();
        }
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        array.forEach(n -> {
            if (n.isValueNode() && !n.isNull()) {
                out.add(n.asText());
            }
        });
        return out;
    }

    static String field(String where, String name) {
        return Messages.get("scan.atField", where, name);
    }
}

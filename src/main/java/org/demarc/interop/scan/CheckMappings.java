package org.demarc.interop.scan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The mapping tables shipped with Demarc: which NIST SP 800-53 r5 and ISO/IEC 27001:2022
 * requirements each Prowler check serves (from Prowler's compliance files), and which catalog
 * service and fallback controls each Prowler service reaches. Both are versioned resources; their
 * versions are shown with every import.
 */
final class CheckMappings {
    static final String CHECKS = "prowler-checks.tsv";
    static final String SERVICES = "prowler-services.tsv";

    /** The requirements of one check. */
    record CheckRequirements(List<String> nist, List<String> iso) {
    }

    /** Where one Prowler service leads. */
    record ServiceRoute(String catalogService, List<String> fallbackControls) {
    }

    private static final CheckMappings BUILT_IN = load();

    private final Map<String, CheckRequirements> checks;
    private final Map<String, ServiceRoute> services;
    private final String version;

    private CheckMappings(Map<String, CheckRequirements> checks, Map<String, ServiceRoute> services,
                          String version) {
        this.checks = checks;
        this.services = services;
        this.version = version;
    }

    static CheckMappings builtIn() {
        return BUILT_IN;
    }

    /** "prowler-2026-08-21 + demarc-2026-12-01.2": what the preview names as the tables used. */
    String version() {
        return version;
    }

    /** The requirements Prowler maps a check to; a scan naming no cloud is looked up in each. */
    CheckRequirements check(String provider, String checkId) {
        if (!provider.isEmpty()) {
            return checks.get(provider + "\t" + checkId);
        }
        for (String p : new String[] {"aws", "azure", "gcp"}) {
            CheckRequirements r = checks.get(p + "\t" + checkId);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    ServiceRoute service(String provider, String service) {
        ServiceRoute r = services.get((provider.isEmpty() ? "aws" : provider) + "\t" + service);
        return r;
    }

    private static CheckMappings load() {
        Map<String, CheckRequirements> checks = new HashMap<>();
        Map<String, ServiceRoute> services = new HashMap<>();
        StringBuilder version = new StringBuilder();
        read(CHECKS, version, cols -> checks.put(cols[0] + "\t" + cols[1],
                new CheckRequirements(ids(cols, 2), ids(cols, 3))));
        read(SERVICES, version, cols -> services.put(cols[0] + "\t" + cols[1],
                new ServiceRoute(cols.length > 2 ? cols[2] : "", ids(cols, 3))));
        return new CheckMappings(Map.copyOf(checks), Map.copyOf(services), version.toString());
    }

    private static List<String> ids(String[] cols, int i) {
        return i >= cols.length || cols[i].isBlank() ? List.of() : List.of(cols[i].split(","));
    }

    private interface Row {
        void take(String[] cols);
    }

    private static void read(String name, StringBuilder version, Row row) {
        try (InputStream in = CheckMappings.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("# mapping-version:")) {
                    version.append(version.isEmpty() ? "" : " + ").append(line.substring(18).strip());
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    row.take(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.demarc.interop.oscal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An SP 800-53 Rev. 5 baseline the system security plan imports. NIST's resolved baseline catalog
 * (public domain) ships with the program and is written beside the plan, with a profile of Demarc's
 * own that imports it, so every reference in the set resolves offline.
 */
public enum Baseline {
    LOW, MODERATE, HIGH;

    private volatile Set<String> controlIds;

    /** By its name, in any case ("moderate"); null when it is none of them. */
    public static Baseline of(String name) {
        for (Baseline b : values()) {
            if (b.name().equalsIgnoreCase(name)) {
                return b;
            }
        }
        return null;
    }

    /** The resolved catalog's file name, as NIST publishes it. */
    public String catalogFileName() {
        return "NIST_SP-800-53_rev5_" + name() + "-baseline-resolved-profile_catalog-min.json";
    }

    /** The file name of the profile the plan imports. */
    public String profileFileName() {
        return "profile_" + name().toLowerCase(Locale.ROOT) + ".json";
    }

    /** "fips-199-moderate": the security impact level this baseline is selected for. */
    String impactLevel() {
        return "fips-199-" + name().toLowerCase(Locale.ROOT);
    }

    InputStream openCatalog() {
        InputStream in = Baseline.class.getResourceAsStream("/org/demarc/oscal/" + catalogFileName());
        if (in == null) {
            throw new IllegalStateException("the " + name() + " baseline catalog is missing from the program");
        }
        return in;
    }

    byte[] catalogBytes() {
        try (InputStream in = openCatalog()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every control and enhancement id of the baseline ("ac-2", "ac-2.1"). */
    Set<String> controlIds() {
        Set<String> ids = controlIds;
        if (ids == null) {
            TreeSet<String> found = new TreeSet<>();
            try (InputStream in = openCatalog()) {
                collect(new ObjectMapper().readTree(in).path("catalog"), found);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ids = Collections.unmodifiableSet(found);
            controlIds = ids;
        }
        return ids;
    }

    private static void collect(JsonNode node, Set<String> ids) {
        for (String member : new String[] {"groups", "controls"}) {
            for (JsonNode child : node.path(member)) {
                if (member.equals("controls")) {
                    ids.add(child.path("id").asText());
                }
                collect(child, ids);
            }
        }
    }
}

package org.demarc.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.demarc.io.JsonOut;
import org.demarc.model.Catalog;

/**
 * A catalog's content fingerprint: SHA-256 (lower-case hex) of {@code "demarc-catalog/1\n"} and the
 * catalog's compact JSON. The report prints it beside the project's, so a reader can tell two
 * catalogs of the same name and version apart. A combination of providers' catalogs hashes the
 * list of its parts' JSON, in order.
 */
public final class CatalogFingerprint {
    static final String PREFIX = "demarc-catalog/1\n";

    private CatalogFingerprint() {
    }

    public static String of(Catalog catalog) {
        com.fasterxml.jackson.databind.JsonNode json;
        if (catalog.isCombined()) {
            com.fasterxml.jackson.databind.node.ArrayNode parts = JsonOut.object().arrayNode();
            catalog.parts().forEach(p -> parts.add(CatalogJson.write(p)));
            json = parts;
        } else {
            json = CatalogJson.write(catalog);
        }
        byte[] bytes = (PREFIX + JsonOut.compact(json)).getBytes(StandardCharsets.UTF_8);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }
}

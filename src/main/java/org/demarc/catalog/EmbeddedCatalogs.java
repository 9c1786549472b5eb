package org.demarc.catalog;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.demarc.io.ProblemList;
import org.demarc.model.Catalog;
import org.demarc.model.CatalogCombinationException;

/**
 * The catalogs a project was assessed with, as its file embeds them: one provider's catalog under
 * {@code "catalog"} (as every file before multi-provider assessments), several under
 * {@code "catalogs"}, one complete catalog document each, in the order chosen. A document has one
 * of the two members, never both.
 */
public final class EmbeddedCatalogs {
    public static final String SINGLE = "catalog";
    public static final String SEVERAL = "catalogs";

    private EmbeddedCatalogs() {
    }

    /** Puts the catalog (or each part of a combination) into the document. */
    public static void write(Catalog catalog, ObjectNode root) {
        if (!catalog.isCombined()) {
            root.set(SINGLE, CatalogJson.write(catalog));
            return;
        }
        ArrayNode list = root.putArray(SEVERAL);
        catalog.parts().forEach(part -> list.add(CatalogJson.write(part)));
    }

    /**
     * Reads the embedded catalog or catalogs; null with a located problem when a part is unusable,
     * missing, or the parts cannot share an assessment.
     */
    public static Catalog read(CatalogReader reader, JsonNode document, ProblemList problems) {
        JsonNode single = document.get(SINGLE);
        JsonNode several = document.get(SEVERAL);
        boolean hasSingle = single != null && !single.isNull();
        if (several == null || several.isNull()) {
            if (!hasSingle) {
                problems.error("/" + SINGLE, "json.missing", SINGLE);
                return null;
            }
            return reader.read(single, "/" + SINGLE, problems);
        }
        if (hasSingle) {
            problems.error("/" + SEVERAL, "project.catalogAndCatalogs");
            return null;
        }
        if (!several.isArray() || several.size() < 2) {
            problems.error("/" + SEVERAL, "project.catalogsTooFew");
            return null;
        }
        List<Catalog> parts = new ArrayList<>();
        for (int i = 0; i < several.size(); i++) {
            parts.add(reader.read(several.get(i), "/" + SEVERAL + "/" + i, problems));
        }
        if (problems.hasErrors()) {
            return null;
        }
        try {
            return Catalog.combine(parts);
        } catch (CatalogCombinationException e) {
            problems.error("/" + SEVERAL, "project.catalogsDisagree", e.getMessage());
            return null;
        }
    }

    /** Where a part of the catalog sits in the project document, for located messages. */
    public static String pointer(Catalog catalog, int part) {
        return catalog.isCombined() ? "/" + SEVERAL + "/" + part : "/" + SINGLE;
    }
}

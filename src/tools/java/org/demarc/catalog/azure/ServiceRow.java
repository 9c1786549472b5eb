package org.demarc.catalog.azure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One line of {@code src/tools/data/azure/services.tsv}: a service of the catalog and its baseline. */
record ServiceRow(String id, String name, String group, String workbook, String baselineSlug, String baselineName,
                  String reviewedCategory, String description) {
    static final String BASELINE_BASE = "https://learn.microsoft.com/security/benchmark/azure/baselines/";

    boolean hasWorkbook() {
        return !"-".equals(workbook);
    }

    String baselineTitle() {
        return "Azure security baseline for " + baselineName;
    }

    String baselineUrl() {
        return BASELINE_BASE + baselineSlug;
    }

    static List<ServiceRow> read(Path file) throws IOException {
        List<ServiceRow> rows = new ArrayList<>();
        for (String[] c : TsvFile.rows(file, 8)) {
            rows.add(new ServiceRow(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]));
        }
        return rows;
    }
}

package org.demarc.catalog.azure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The table that maps baseline features of the Microsoft cloud security benchmark onto Demarc
 * controls ({@code src/tools/data/azure/mcsb-mapping.tsv}).
 */
record BenchmarkMapping(List<Entry> entries) {
    /** One line: a benchmark control and feature, the controls it informs and those it proposes a share for. */
    record Entry(String mcsb, String feature, List<String> mapsTo, List<String> proposes) {
        boolean matches(BaselineWorkbook.FeatureRow row) {
            return mcsb.equals(row.control()) && ("*".equals(feature) || feature.equals(row.feature()));
        }
    }

    static BenchmarkMapping read(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (String[] c : TsvFile.rows(file, 4)) {
            entries.add(new Entry(c[0], c[1], list(c[2]), list(c[3])));
        }
        return new BenchmarkMapping(entries);
    }

    Optional<Entry> find(BaselineWorkbook.FeatureRow row) {
        return entries.stream().filter(e -> e.matches(row)).findFirst();
    }

    private static List<String> list(String cell) {
        return "-".equals(cell) ? List.of() : List.of(cell.split(","));
    }
}

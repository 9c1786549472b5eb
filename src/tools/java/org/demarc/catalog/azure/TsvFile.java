package org.demarc.catalog.azure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The tab-separated data files of the generator: '#' starts a comment line, every other line has a fixed number of cells. */
final class TsvFile {
    private TsvFile() {
    }

    static List<String[]> rows(Path file, int columns) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length != columns) {
                throw new IOException(file + ": expected " + columns + " columns: " + line);
            }
            rows.add(cells);
        }
        return rows;
    }
}

package org.demarc.catalog.azure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One Azure security baseline workbook (Microsoft cloud security benchmark v1): the security
 * profile and one row per benchmark control and feature.
 */
record BaselineWorkbook(String hostAccess, boolean storesContent, List<FeatureRow> rows) {
    static final String HOST_ACCESS = "Customer can access HOST / OS";
    static final String STORES_CONTENT = "Stores customer content at rest";

    /** One row of the Feature Summary sheet. */
    record FeatureRow(String control, String feature, String responsibility, boolean supported, String description) {
        boolean customerShare() {
            return supported && ("Customer".equals(responsibility) || "Shared".equals(responsibility));
        }
    }

    static BaselineWorkbook read(Path file) throws IOException {
        DataFormatter f = new DataFormatter(Locale.ROOT);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Map<String, String> profile = new HashMap<>();
            for (Row r : sheet(wb, "Security Profile")) {
                profile.put(f.formatCellValue(r.getCell(0)).trim(), f.formatCellValue(r.getCell(2)).trim());
            }
            List<FeatureRow> rows = new ArrayList<>();
            Sheet features = sheet(wb, "Feature Summary");
            for (Row r : features) {
                if (r.getRowNum() == 0) {
                    continue;
                }
                rows.add(new FeatureRow(f.formatCellValue(r.getCell(1)).trim(), f.formatCellValue(r.getCell(5)).trim(),
                        f.formatCellValue(r.getCell(4)).trim(), "True".equals(f.formatCellValue(r.getCell(7)).trim()),
                        f.formatCellValue(r.getCell(6)).trim()));
            }
            String host = profile.get(HOST_ACCESS);
            if (host == null) {
                throw new IOException(file + ": no '" + HOST_ACCESS + "' in the Security Profile sheet");
            }
            return new BaselineWorkbook(host, "True".equalsIgnoreCase(profile.get(STORES_CONTENT)), rows);
        }
    }

    private static Sheet sheet(XSSFWorkbook wb, String name) throws IOException {
        Sheet s = wb.getSheet(name);
        if (s == null) {
            throw new IOException("no sheet '" + name + "'");
        }
        return s;
    }
}

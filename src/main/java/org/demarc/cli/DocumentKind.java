package org.demarc.cli;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.demarc.catalog.CatalogFormat;
import org.demarc.io.InvalidFileException;
import org.demarc.io.SafeFiles;
import org.demarc.io.SafeJson;
import org.demarc.io.Problem;
import org.demarc.project.ProjectFormat;

/** Tells project files and catalog files apart by their {@code format} member. */
enum DocumentKind {
    PROJECT, CATALOG;

    static DocumentKind of(byte[] bytes) throws InvalidFileException {
        JsonNode root = SafeJson.parse(bytes);
        JsonNode format = root.isObject() ? root.get("format") : null;
        String f = format == null || !format.isTextual() ? "" : format.textValue();
        if (ProjectFormat.FORMAT.equals(f)) {
            return PROJECT;
        }
        if (CatalogFormat.FORMAT.equals(f)) {
            return CATALOG;
        }
        throw new InvalidFileException(Problem.error("/format", "file.unknownFormat", f,
                ProjectFormat.FORMAT, CatalogFormat.FORMAT));
    }

    static byte[] read(Path file) throws IOException, InvalidFileException {
        return SafeFiles.readBounded(file);
    }
}

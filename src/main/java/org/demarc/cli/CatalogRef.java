package org.demarc.cli;

import java.nio.file.Path;

import org.demarc.catalog.BuiltInCatalogs;
import org.demarc.model.Messages;
import picocli.CommandLine;

/**
 * What a catalog argument names: a built-in catalog by provider name ({@code aws}, {@code azure},
 * {@code gcp}) or a file (a catalog, or a project whose embedded catalog is meant). A built-in
 * name wins over a file of the same name in the working folder; {@code ./aws} names the file.
 */
record CatalogRef(String builtIn, Path file) {
    static CatalogRef parse(String text) {
        if (BuiltInCatalogs.named(text).isPresent()) {
            return new CatalogRef(BuiltInCatalogs.named(text).get().name(), null);
        }
        if (BuiltInCatalogs.isKnownName(text)) {
            throw new CommandLine.TypeConversionException(
                    Messages.get("cli.catalog.notShipped", text, BuiltInCatalogs.names()));
        }
        return new CatalogRef(null, Path.of(text));
    }

    /** As it would be typed again: the built-in name or the file. */
    String text() {
        return builtIn != null ? builtIn : file.toString();
    }

    /** The file to read, or null for a built-in catalog (which no output can overwrite). */
    Path fileOrNull() {
        return file;
    }

    /** Lets picocli turn {@code --catalog azure} or {@code --catalog my.json} into a reference. */
    static final class Converter implements CommandLine.ITypeConverter<CatalogRef> {
        @Override
        public CatalogRef convert(String value) {
            return parse(value);
        }
    }
}

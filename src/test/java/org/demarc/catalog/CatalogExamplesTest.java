package org.demarc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.demarc.model.Catalog;
import org.demarc.model.Control;
import org.demarc.model.Service;
import org.junit.jupiter.api.Test;

/** The example catalog of the authoring guide is valid, and the guide is where the README says. */
class CatalogExamplesTest {
    static final Path GUIDE = Path.of("src/docs/catalog-authoring.md");
    static final Path ACME = Path.of("src/docs/examples/acme-catalog.json");

    @Test
    void theAcmeExampleIsValidWithoutWarnings() throws Exception {
        var loaded = new CatalogReader().read(ACME);
        assertThat(loaded.warnings()).isEmpty();
        Catalog acme = loaded.value();
        assertThat(acme.controls()).extracting(Control::id).anyMatch(id -> id.startsWith("ACME-"));
        // Its services use the built-in ids, so a project can move between the two catalogs.
        Catalog aws = BuiltInCatalog.load();
        assertThat(acme.services()).extracting(Service::id).allMatch(id -> aws.service(id).isPresent());
    }

    @Test
    void theGuideIsLinkedAndShowsTheExample() throws Exception {
        assertThat(Files.readString(Path.of("README.md"))).contains(GUIDE.toString());
        assertThat(Files.readString(GUIDE)).contains(ACME.toString().replace("src/docs/", ""))
                .contains("demarc validate").contains("catalog diff").contains("catalog migrate");
    }
}

package org.demarc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.demarc.model.Catalog;
import org.junit.jupiter.api.Test;

/** The registry offers the built-in catalogs this build ships, by provider name, each parsed once. */
class BuiltInCatalogsTest {
    @Test
    void awsShipsAndIsTheDefault() {
        assertThat(BuiltInCatalogs.available()).extracting(BuiltInCatalogs.Entry::name).startsWith("aws");
        BuiltInCatalogs.Entry aws = BuiltInCatalogs.named(BuiltInCatalogs.DEFAULT).orElseThrow();
        assertThat(aws.displayName()).isEqualTo("Amazon Web Services");
        assertThat(aws.load()).isSameAs(BuiltInCatalog.load()).isSameAs(aws.load());
        assertThat(BuiltInCatalogs.named(" AWS ")).contains(aws);
    }

    @Test
    void onlyProvidersWhoseFileShipsAreOffered() {
        for (String name : new String[] {"aws", "azure", "gcp"}) {
            boolean ships = BuiltInCatalogs.class.getResource(name + ".json") != null;
            assertThat(BuiltInCatalogs.named(name).isPresent()).as(name).isEqualTo(ships);
            assertThat(BuiltInCatalogs.isKnownName(name)).isTrue();
        }
        assertThat(BuiltInCatalogs.named("oracle")).isEmpty();
        assertThat(BuiltInCatalogs.isKnownName("oracle")).isFalse();
        assertThat(BuiltInCatalogs.named(null)).isEmpty();
    }

    @Test
    void everyShippedCatalogLoadsUnderItsOwnNameAndProvider() {
        for (BuiltInCatalogs.Entry e : BuiltInCatalogs.available()) {
            Catalog c = e.load();
            assertThat(c.id()).as("a project's embedded catalog is compared with the built-in of its id")
                    .isEqualTo(e.name());
            assertThat(c.services()).isNotEmpty();
            assertThat(BuiltInCatalogs.withIdOf(c)).containsSame(c);
        }
    }
}

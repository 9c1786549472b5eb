package org.demarc.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.demarc.fixtures.MiniFixtures;
import org.demarc.io.InvalidFileException;
import org.demarc.io.JsonOut;
import org.demarc.model.Catalog;
import org.junit.jupiter.api.Test;

/** A catalog's optional credit to its sources: read, written back only when present, and checked to be text. */
class CatalogAttributionTest {
    private static final String PROVIDER = "\"provider\": {";

    private static byte[] withAttribution(String value) {
        String mini = new String(MiniFixtures.miniCatalogBytes(), StandardCharsets.UTF_8);
        return mini.replace(PROVIDER, "\"attribution\": " + value + ",\n  " + PROVIDER).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anAttributionIsReadAndWrittenBackAfterTheProvider() throws Exception {
        Catalog c = new CatalogReader().read(withAttribution("\"Adapted from X, © Y, CC BY 4.0\"")).value();
        assertThat(c.attribution()).isEqualTo("Adapted from X, © Y, CC BY 4.0");
        String written = JsonOut.write(CatalogJson.write(c));
        assertThat(written.indexOf("\"attribution\"")).isGreaterThan(written.indexOf("\"provider\""))
                .isLessThan(written.indexOf("\"categories\""));
        assertThat(new CatalogReader().read(written.getBytes(StandardCharsets.UTF_8)).value()).isEqualTo(c);
    }

    @Test
    void aCatalogWithoutOneLoadsAndIsWrittenWithoutOne() throws Exception {
        Catalog c = new CatalogReader().read(MiniFixtures.miniCatalogBytes()).value();
        assertThat(c.attribution()).isEmpty();
        assertThat(JsonOut.write(CatalogJson.write(c))).doesNotContain("attribution");
        assertThat(c.withAttribution("credit")).isNotEqualTo(c);
    }

    @Test
    void anAttributionThatIsNoTextIsRefusedWithItsPlace() {
        assertThatThrownBy(() -> new CatalogReader().read(withAttribution("5")))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.location()).isEqualTo("/attribution")));
    }
}

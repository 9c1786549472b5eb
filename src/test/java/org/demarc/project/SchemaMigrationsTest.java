package org.demarc.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.demarc.catalog.CatalogReader;
import org.demarc.io.InvalidFileException;
import org.demarc.fixtures.MiniFixtures;
import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {
    /** A pretend schema 2 that renamed "scopeStatement" to "scopeNote", to exercise the chain. */
    private static final SchemaMigration RENAME = new SchemaMigration() {
        @Override
        public int fromVersion() {
            return 1;
        }

        @Override
        public void migrate(ObjectNode document) {
            ObjectNode engagement = (ObjectNode) document.get("engagement");
            engagement.set("scopeNote", engagement.remove("scopeStatement"));
        }
    };

    @Test
    void anOlderVersionIsMigratedStepByStepInMemory() throws Exception {
        byte[] v1 = ProjectWriter.toBytes(MiniFixtures.miniAssessment());
        byte[] copy = v1.clone();
        var reader = new ProjectReader(new CatalogReader(), new SchemaMigrations(List.of(RENAME), 2));
        var loaded = reader.read(v1);
        // The reader of schema 2 no longer knows scopeStatement: it sees scopeNote (unknown to the
        // version-1 model here, hence one warning) and the file bytes were not touched.
        assertThat(loaded.warnings()).extracting(p -> p.location()).containsExactly("/engagement/scopeNote");
        assertThat(v1).isEqualTo(copy);
    }

    @Test
    void aChainWithAGapIsAProgrammingError() {
        assertThatThrownBy(() -> new SchemaMigrations(List.of(), 3)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aNewerVersionIsRefusedByName() {
        String text = new String(ProjectWriter.toBytes(MiniFixtures.miniAssessment()), StandardCharsets.UTF_8)
                .replace("\"schemaVersion\": 1,\n  \"engagement\"", "\"schemaVersion\": 7,\n  \"engagement\"");
        assertThatThrownBy(() -> new ProjectReader().read(text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("schema version 7 was written by a newer Demarc")
                .hasMessageContaining("/schemaVersion");
    }
}

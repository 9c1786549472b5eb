package org.demarc.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.demarc.catalog.BuiltInCatalog;
import org.demarc.catalog.engine.ResponsibilityEngine;
import org.demarc.fixtures.MultiCloudSampleWriter;
import org.demarc.model.Assessment;
import org.demarc.model.Catalog;
import org.demarc.model.Service;
import org.junit.jupiter.api.Test;

/** The shipped multi-provider sample opens without a warning, round-trips and is what its writer writes. */
class MultiCloudSampleTest {
    @Test
    void itOpensWithoutWarningsAndRoundTripsToTheSameBytes() throws Exception {
        byte[] bytes = Samples.multicloudBytes();
        var loaded = new ProjectReader().read(bytes);
        assertThat(loaded.warnings()).isEmpty();
        assertThat(ProjectWriter.toBytes(loaded.value())).isEqualTo(bytes);
        assertThat(ProjectSchemas.violations(ProjectSchemas.ASSESSMENT_ID, bytes)).isEmpty();
    }

    @Test
    void itIsWhatTheSampleWriterWrites() {
        assertThat(ProjectWriter.toBytes(MultiCloudSampleWriter.sample())).as("regenerate it with MultiCloudSampleWriter")
                .isEqualTo(Samples.multicloudBytes());
    }

    @Test
    void theFrontEndIsOnAzureAndTheDataOnAws() {
        Assessment a = Samples.multicloud();
        Catalog c = a.catalog();
        assertThat(c.parts()).containsExactly(BuiltInCatalog.load("aws"), BuiltInCatalog.load("azure"));
        assertThat(c.providerOf("azure.appservice").id()).isEqualTo("azure");
        assertThat(c.providerOf("aws.rds").id()).isEqualTo("aws");
        List<Service> columns = ResponsibilityEngine.matrix(a).services();
        assertThat(columns.stream().map(s -> c.providerOf(s.id()).id()).distinct()).containsExactly("aws", "azure");
        assertThat(a.answers()).isNotEmpty();
    }
}

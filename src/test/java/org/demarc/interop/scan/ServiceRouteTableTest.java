package org.demarc.interop.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.demarc.catalog.BuiltInCatalog;
import org.demarc.model.Catalog;
import org.demarc.model.Control;
import org.demarc.model.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped service route leads only to services and controls its cloud's built-in catalog has. */
class ServiceRouteTableTest {

    private static List<String[]> rows(String provider) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                CheckMappings.class.getResourceAsStream(CheckMappings.SERVICES), StandardCharsets.UTF_8))) {
            r.lines().filter(l -> l.startsWith(provider + "\t")).forEach(l -> rows.add(l.split("\t", -1)));
        }
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"aws", "azure", "gcp"})
    void everyCatalogServiceAndFallbackControlExistsInTheCloudsCatalog(String provider) throws Exception {
        Catalog catalog = BuiltInCatalog.load(provider);
        Set<String> services = catalog.services().stream().map(Service::id).collect(Collectors.toSet());
        Set<String> controls = catalog.controls().stream().map(Control::id).collect(Collectors.toSet());
        List<String[]> rows = rows(provider);
        assertThat(rows).isNotEmpty();
        for (String[] row : rows) {
            if (!row[2].isEmpty()) {
                assertThat(services).as("catalog service of %s %s", provider, row[1]).contains(row[2]);
            }
            assertThat(controls).as("fallback controls of %s %s", provider, row[1])
                    .contains(row[3].split(","));
        }
    }

    @Test
    void prowlersAzureServicesLeadToTheAzureCatalog() {
        CheckMappings m = CheckMappings.builtIn();
        assertThat(m.service("azure", "storage").catalogService()).isEqualTo("azure.blobstorage");
        assertThat(m.service("azure", "keyvault").catalogService()).isEqualTo("azure.keyvault");
        assertThat(m.service("azure", "network").catalogService()).isEqualTo("azure.vnet");
        assertThat(m.service("azure", "sqlserver").catalogService()).isEqualTo("azure.sqldatabase");
        assertThat(m.service("azure", "entra").catalogService()).isEqualTo("azure.entraid");
        assertThat(m.service("azure", "defender").catalogService()).isEqualTo("azure.defenderforcloud");
        assertThat(m.service("azure", "appinsights").catalogService()).isEqualTo("azure.monitor");
    }

    @Test
    void anAzureCheckWithoutOwnRequirementsTakesProwlersIso27001AzureMapping() {
        ControlRouter router = new ControlRouter(BuiltInCatalog.load("azure"), CheckMappings.builtIn());
        // Prowler's iso27001_2022_azure maps this check to A.8.1 and A.8.14: RES-01 and RES-02 map A.8.14, IAM-08 A.8.1.
        ScanFinding f = new ScanFinding("aks_clusters_public_access_disabled", ScanStatus.FAIL,
                ScanSeverity.HIGH, "azure", "aks", "cluster", "westeurope", LocalDate.EPOCH, List.of(), List.of());
        ControlRouter.Decision d = router.decide(f);
        assertThat(d.route()).isEqualTo(ControlRouter.Route.PROWLER_MAPPING);
        assertThat(d.requirements()).isEqualTo(CheckMappings.builtIn().check("azure", f.checkId()).iso());
        assertThat(d.catalogService()).isEqualTo("azure.aks");
        assertThat(d.controls()).containsExactly("RES-01", "RES-02", "IAM-08");
    }
}

package org.demarc.catalog.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.demarc.catalog.BuiltInCatalog;
import org.demarc.catalog.BuiltInCatalogs;
import org.demarc.catalog.ServiceIds;
import org.demarc.model.Catalog;
import org.demarc.model.Service;
import org.junit.jupiter.api.Test;

/**
 * The equivalents of the three built-in catalogs hold together: every id named is a service of the
 * catalog of that provider, the Azure and Google Cloud catalogs name each other's services both
 * ways, and the AWS catalog names none (AWS publishes no comparison page its catalog could cite,
 * and a built-in catalog cites only its own provider's site); its services find their equivalents
 * through the other two catalogs.
 */
class BuiltInEquivalentsTest {
    private static final Map<String, Catalog> CATALOGS = BuiltInCatalogs.available().stream()
            .collect(Collectors.toMap(BuiltInCatalogs.Entry::name, BuiltInCatalogs.Entry::load));

    private static final EquivalentServices ALL = EquivalentServices.builtIn();

    @Test
    void everyEquivalentNamedIsAServiceOfThatProvidersCatalog() {
        List<String> dangling = new ArrayList<>();
        for (Catalog c : CATALOGS.values()) {
            for (Service s : c.services()) {
                for (String id : s.equivalents()) {
                    Catalog other = CATALOGS.get(ServiceIds.provider(id));
                    if (other == null || other.service(id).isEmpty()) {
                        dangling.add(s.id() + " -> " + id);
                    }
                }
            }
        }
        assertThat(dangling).isEmpty();
    }

    @Test
    void azureAndGoogleCloudNameEachOthersServicesBothWays() {
        List<String> oneWay = new ArrayList<>();
        for (String from : List.of("azure", "gcp")) {
            String to = from.equals("azure") ? "gcp" : "azure";
            for (Service s : CATALOGS.get(from).services()) {
                s.equivalents().stream().filter(id -> ServiceIds.provider(id).equals(to))
                        .filter(id -> !CATALOGS.get(to).service(id).orElseThrow().equivalents().contains(s.id()))
                        .forEach(id -> oneWay.add(s.id() + " -> " + id));
            }
        }
        assertThat(oneWay).isEmpty();
    }

    @Test
    void theAwsCatalogNamesNoneAndTheOthersCiteTheirOwnComparisonPages() {
        Catalog aws = BuiltInCatalog.load();
        assertThat(aws.services()).allSatisfy(s -> assertThat(s.equivalents()).isEmpty());
        assertThat(aws.equivalentsSources()).isEmpty();
        Catalog azure = CATALOGS.get("azure");
        assertThat(azure.equivalentsSource("aws").orElseThrow().source().title())
                .isEqualTo("AWS to Azure services comparison");
        assertThat(azure.equivalentsSource("gcp").orElseThrow().source().title())
                .isEqualTo("Google Cloud to Azure services comparison");
        Catalog gcp = CATALOGS.get("gcp");
        assertThat(List.of(gcp.equivalentsSource("aws").orElseThrow(), gcp.equivalentsSource("azure").orElseThrow()))
                .allSatisfy(e -> assertThat(e.source().title()).isEqualTo("Compare AWS and Azure services to Google Cloud"));
    }

    @Test
    void theHeadlineGroupsAreComplete() {
        assertGroup("aws.ec2", "azure.vm", "gcp.compute-engine");
        assertGroup("aws.s3", "azure.blobstorage", "gcp.cloud-storage");
        assertGroup("aws.rds", "azure.sqldatabase", "gcp.cloud-sql");
        assertGroup("aws.lambda", "azure.functions", "gcp.cloud-run-functions");
        assertGroup("aws.eks", "azure.aks", "gcp.gke");
    }

    /** Each of the three finds the other two, whichever catalog names the pairing. */
    private static void assertGroup(String... ids) {
        for (String id : ids) {
            List<String> found = ALL.of(id).stream().map(e -> e.service().id()).toList();
            assertThat(found).as(id).startsWith(id).contains(ids);
        }
    }

    @Test
    void everyPairingFoundRestsOnAPage() {
        for (Catalog c : CATALOGS.values()) {
            for (Service s : c.services()) {
                ALL.of(s.id()).stream().skip(1)
                        .forEach(e -> assertThat(e.pairedBy()).as(s.id() + " ~ " + e.service().id()).isNotEmpty());
            }
        }
    }

    @Test
    void figures() {
        long azureAws = pairs("azure", "aws");
        long gcpAws = pairs("gcp", "aws");
        long azureGcp = pairs("azure", "gcp");
        long awsWithEquivalents = CATALOGS.get("aws").services().stream().filter(s -> ALL.of(s.id()).size() > 1).count();
        System.out.printf("pairs: Azure-AWS %d, Google Cloud-AWS %d, Azure-Google Cloud %d; AWS services with an equivalent %d%n",
                azureAws, gcpAws, azureGcp, awsWithEquivalents);
        assertThat(awsWithEquivalents).isGreaterThanOrEqualTo(50);
    }

    private static long pairs(String from, String to) {
        return CATALOGS.get(from).services().stream()
                .flatMap(s -> s.equivalents().stream()).filter(id -> ServiceIds.provider(id).equals(to)).count();
    }
}

package org.demarc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.demarc.catalog.engine.ResponsibilityEngine;
import org.demarc.model.Catalog;
import org.demarc.model.Responsibility;
import org.demarc.model.Service;
import org.junit.jupiter.api.Test;

/**
 * The rules of src/docs/catalog-authoring.md ("One rule per mechanism"), held for the built-in
 * catalog: the same mechanism gets the same cell in every service.
 */
class CatalogRulesTest {
    private static final Catalog AWS = BuiltInCatalog.load();

    /** Services whose nodes run in the customer's account and can be logged in to (or given root). */
    static final List<String> CUSTOMER_OS_ACCESS = List.of("aws.ec2", "aws.lightsail", "aws.workspaces",
            "aws.elasticbeanstalk", "aws.ecs", "aws.eks", "aws.emr", "aws.rdscustom", "aws.sagemaker");

    /** Services that apply AWS-built patches in a window the customer chooses, or let it defer them. */
    static final List<String> MAINTENANCE_WINDOW = List.of("aws.rds", "aws.aurora", "aws.elasticache",
            "aws.opensearch", "aws.documentdb", "aws.redshift", "aws.mq", "aws.dms", "aws.fsx");

    private static Responsibility cell(String control, String service) {
        Service s = AWS.service(service).orElseThrow();
        return ResponsibilityEngine.assign(AWS.control(control).orElseThrow(), s).responsibility();
    }

    @Test
    void aCustomerWithOsAccessNeverInheritsGuestOsMalwareOrPlatformWork() {
        for (String s : CUSTOMER_OS_ACCESS) {
            for (String c : List.of("PAT-02", "PLT-01", "PLT-02")) {
                assertThat(cell(c, s)).as(c + " on " + s).isNotEqualTo(Responsibility.PROVIDER);
            }
        }
    }

    @Test
    void instanceCredentialsAndContainerWorkloadsAreNeverInheritedWhereTheCustomerRunsTheNodes() {
        for (String s : CUSTOMER_OS_ACCESS) {
            assertThat(cell("IAM-07", s)).as("IAM-07 on " + s).isNotEqualTo(Responsibility.PROVIDER);
        }
        for (String s : List.of("aws.eks", "aws.ecs", "aws.fargate")) {
            assertThat(cell("CNT-01", s)).as("CNT-01 on " + s).isEqualTo(Responsibility.SHARED);
        }
    }

    @Test
    void patchesAppliedInTheCustomersMaintenanceWindowAreSharedEverywhere() {
        for (String s : MAINTENANCE_WINDOW) {
            assertThat(cell("PAT-02", s)).as(s).isEqualTo(Responsibility.SHARED);
        }
    }

    @Test
    void nothingScansWhatRunsInFargateContainersUnlessTheCustomerTurnsItOn() {
        assertThat(cell("PLT-02", "aws.fargate")).isNotEqualTo(Responsibility.PROVIDER);
    }

    @Test
    void anEmrClusterLivesInOneAvailabilityZone() {
        assertThat(cell("RES-01", "aws.emr")).isEqualTo(Responsibility.CUSTOMER);
    }
}

package org.demarc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.demarc.model.Catalog;
import org.demarc.model.Responsibility;
import org.junit.jupiter.api.Test;

/**
 * The rules of src/docs/catalog-authoring.md ("One rule per mechanism"), held for the built-in
 * catalog: the same mechanism gets the same cell in every service.
 */
class CatalogRulesTest {
    private static final Catalog AWS = BuiltInCatalog.load();

    /** Services whose nodes run in the customer's account and can be logged in to (or given root). */
    static final List<String> CUSTOMER_OS_ACCESS = List.of("aws.ec2", "aws.lightsail", "aws.workspaces",
            "aws.elasticbeanstalk", "aws.ecs", "aws.eks", "aws.emr", "aws.rdscustom", "aws.sagemaker",
            "aws.autoscaling", "aws.outposts", "aws.batch", "aws.workspacesapplications");

    /** Services that apply AWS-built patches in a window the customer chooses, or let it defer them. */
    static final List<String> MAINTENANCE_WINDOW = List.of("aws.rds", "aws.aurora", "aws.elasticache",
            "aws.opensearch", "aws.documentdb", "aws.redshift", "aws.mq", "aws.dms", "aws.fsx",
            "aws.neptune", "aws.memorydb", "aws.storagegateway");

    /** Services with security groups, listener or firewall rules that the customer writes. */
    static final List<String> CUSTOMER_FIREWALL_RULES = List.of("aws.elb", "aws.efs", "aws.lambda", "aws.waf",
            "aws.networkfirewall", "aws.apigateway", "aws.imagebuilder", "aws.drs", "aws.firehose", "aws.flink",
            "aws.transfer", "aws.datasync", "aws.vpclattice", "aws.verifiedaccess", "aws.firewallmanager",
            "aws.dnsfirewall");

    private static Responsibility cell(String control, String service) {
        return CatalogRuleChecks.cell(AWS, control, service);
    }

    @Test
    void aCustomerWithOsAccessNeverInheritsGuestOsMalwareOrPlatformWork() {
        CatalogRuleChecks.noProviderGuestOsWorkWhereTheCustomerHasOsAccess(AWS, CUSTOMER_OS_ACCESS);
    }

    @Test
    void patchesAppliedInTheCustomersMaintenanceWindowAreSharedEverywhere() {
        CatalogRuleChecks.maintenanceWindowPatchingIsShared(AWS, MAINTENANCE_WINDOW);
    }

    @Test
    void firewallRulesTheCustomerWritesAreNeverInheritedFromTheProvider() {
        for (String s : CUSTOMER_FIREWALL_RULES) {
            assertThat(cell("NET-01", s)).as(s).isIn(Responsibility.SHARED, Responsibility.CUSTOMER);
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

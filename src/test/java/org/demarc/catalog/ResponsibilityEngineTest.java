package org.demarc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.demarc.catalog.engine.ResponsibilityEngine;
import org.demarc.model.Catalog;
import org.demarc.model.CellReason;
import org.demarc.model.Control;
import org.demarc.model.Responsibility;
import org.demarc.model.ResponsibilityMatrix;
import org.demarc.model.Service;
import org.junit.jupiter.api.Test;

/**
 * The engine, on the built-in catalog, says what the source document (the AWS shared
 * responsibility model) says.
 */
class ResponsibilityEngineTest {
    private static final Catalog AWS = BuiltInCatalog.load();
    private static final List<String> ALL = AWS.services().stream().map(Service::id).toList();
    private static final ResponsibilityMatrix M = ResponsibilityEngine.matrix(AWS, ALL);
    /** Every service but AWS Outposts, whose racks stand in the customer's facility. */
    private static final List<String> IN_AWS_DATA_CENTERS = ALL.stream().filter(s -> !s.equals("aws.outposts")).toList();

    private static Responsibility cell(String control, String service) {
        return M.cell(control, service).responsibility();
    }

    @Test
    void ebsMalwareProtectionIsNotApplicableAndAssessedUnderEc2() {
        assertThat(cell("PLT-02", "aws.ebs")).isEqualTo(Responsibility.NOT_APPLICABLE);
        assertThat(M.cell("PLT-02", "aws.ebs").assessedUnder()).isEqualTo("Amazon EC2");
        assertThat(M.cell("PLT-02", "aws.ebs").label()).isEqualTo("n/a (see Amazon EC2)");
        assertThat(M.cell("KEY-02", "aws.ebs").label()).isEqualTo("n/a");
    }

    @Test
    void aControlWhoseCellsAreAllNotApplicableOrProviderIsNotAsked() {
        // EBS and VPC alone: guest OS patching is not applicable to both, so nobody is asked.
        ResponsibilityMatrix storageAndNetwork = ResponsibilityEngine.matrix(AWS, List.of("aws.ebs", "aws.vpc"));
        assertThat(storageAndNetwork.needsCustomerAnswer("PAT-02")).isFalse();
        assertThat(Responsibility.NOT_APPLICABLE.customerHoldsShare()).isFalse();
        long na = storageAndNetwork.controls().stream().flatMap(c -> storageAndNetwork.services().stream()
                .map(sv -> storageAndNetwork.cell(c.id(), sv.id()).responsibility()))
                .filter(r -> r == Responsibility.NOT_APPLICABLE).count();
        assertThat(na).isEqualTo(13);
    }

    @Test
    void ec2GuestOsUpdatesAndSecurityPatchesAreTheCustomers() {
        assertThat(cell("PAT-02", "aws.ec2")).isEqualTo(Responsibility.CUSTOMER);
    }

    @Test
    void ec2SecurityGroupConfigurationIsTheCustomers() {
        assertThat(cell("NET-01", "aws.ec2")).isEqualTo(Responsibility.CUSTOMER);
    }

    @Test
    void ec2ApplicationSoftwareIsTheCustomers() {
        assertThat(cell("CFG-02", "aws.ec2")).isEqualTo(Responsibility.CUSTOMER);
    }

    @Test
    void s3AndDynamoDbOperatingSystemAndPlatformAreTheProviders() {
        for (String s : List.of("aws.s3", "aws.dynamodb")) {
            assertThat(cell("PLT-01", s)).as(s).isEqualTo(Responsibility.PROVIDER);
            assertThat(cell("PAT-02", s)).as(s).isEqualTo(Responsibility.PROVIDER);
        }
    }

    @Test
    void s3DataEncryptionClassificationAndIamPermissionsAreTheCustomers() {
        assertThat(cell("DAT-01", "aws.s3")).isEqualTo(Responsibility.CUSTOMER);
        assertThat(cell("DAT-02", "aws.s3")).isEqualTo(Responsibility.CUSTOMER);
        assertThat(cell("IAM-01", "aws.s3")).isEqualTo(Responsibility.CUSTOMER);
        assertThat(cell("DAT-01", "aws.dynamodb")).isEqualTo(Responsibility.CUSTOMER);
    }

    @Test
    void containerServicesLeaveOsAndPlatformToTheProvider() {
        for (String s : List.of("aws.rds", "aws.documentdb")) {
            assertThat(cell("PLT-01", s)).as(s).isEqualTo(Responsibility.PROVIDER);
        }
        // EMR departs: the customer picks the AMI and release and runs bootstrap actions on the nodes.
        assertThat(M.cell("PLT-01", "aws.emr").reason()).isEqualTo(CellReason.SERVICE_OVERRIDE);
        assertThat(cell("NET-01", "aws.rds")).isEqualTo(Responsibility.CUSTOMER);
    }

    @Test
    void physicalAndEnvironmentalIsTheProvidersForEveryServiceInAnAwsDataCenter() {
        for (String s : IN_AWS_DATA_CENTERS) {
            assertThat(cell("PHY-01", s)).as(s).isEqualTo(Responsibility.PROVIDER);
        }
        ResponsibilityMatrix withoutOutposts = ResponsibilityEngine.matrix(AWS, IN_AWS_DATA_CENTERS);
        assertThat(withoutOutposts.inheritedControls()).extracting(Control::id).contains("PHY-01");
        assertThat(withoutOutposts.controlsNeedingAnswer()).extracting(Control::id).doesNotContain("PHY-01");
    }

    @Test
    void anOutpostsPhysicalSecurityIsSharedBecauseItStandsInTheCustomersFacility() {
        for (String c : List.of("PHY-01", "PHY-02")) {
            var outposts = M.cell(c, "aws.outposts");
            assertThat(outposts.responsibility()).as(c).isEqualTo(Responsibility.SHARED);
            assertThat(outposts.reason()).as(c).isEqualTo(CellReason.SERVICE_OVERRIDE);
        }
        assertThat(M.cell("PHY-01", "aws.outposts").rationale()).contains("customer's own facility");
        // With an Outpost in scope the physical control is asked, not only acknowledged.
        assertThat(M.controlsNeedingAnswer()).extracting(Control::id).contains("PHY-01", "PHY-02");
        assertThat(M.servicesWithCustomerShare("PHY-01")).extracting(Service::id).containsExactly("aws.outposts");
        assertThat(cell("INF-01", "aws.outposts")).isEqualTo(Responsibility.PROVIDER);
    }

    @Test
    void patchConfigurationAndTrainingAreSharedForEveryService() {
        for (String s : ALL) {
            assertThat(cell("PAT-01", s)).as(s).isEqualTo(Responsibility.SHARED);
            assertThat(cell("CFG-01", s)).as(s).isEqualTo(Responsibility.SHARED);
            assertThat(cell("TRN-01", s)).as(s).isEqualTo(Responsibility.SHARED);
        }
    }

    @Test
    void serviceAndCommunicationsProtectionAndZoneSecurityAreCustomerSpecific() {
        for (String id : List.of("NET-02", "NET-03")) {
            assertThat(AWS.control(id).orElseThrow().controlClass())
                    .isEqualTo(org.demarc.model.ControlClass.CUSTOMER_SPECIFIC);
            for (String s : ALL) {
                assertThat(cell(id, s)).as(id + " " + s).isEqualTo(Responsibility.CUSTOMER);
            }
        }
    }

    @Test
    void lambdaFunctionCodeIsTheCustomersByOverrideWithItsRationale() {
        var a = M.cell("CFG-02", "aws.lambda");
        assertThat(a.responsibility()).isEqualTo(Responsibility.CUSTOMER);
        assertThat(a.reason()).isEqualTo(CellReason.SERVICE_OVERRIDE);
        assertThat(a.rationale()).isNotBlank();
        var s3 = M.cell("CFG-02", "aws.s3");
        assertThat(s3.reason()).isEqualTo(CellReason.CATEGORY_DEFAULT);
        assertThat(s3.responsibility()).isEqualTo(Responsibility.PROVIDER);
    }

    @Test
    void onlyControlsWhereTheCustomerHoldsAShareAreAsked() {
        ResponsibilityMatrix s3Only = ResponsibilityEngine.matrix(AWS, List.of("aws.s3"));
        assertThat(s3Only.controlsNeedingAnswer()).extracting(Control::id)
                .contains("DAT-01", "DAT-02", "IAM-01").doesNotContain("PAT-02", "PLT-01", "PHY-01");
        assertThat(s3Only.servicesWithCustomerShare("DAT-01")).extracting(Service::id).containsExactly("aws.s3");
    }

    @Test
    void theMatrixFollowsCatalogOrderAndIgnoresUnknownIds() {
        ResponsibilityMatrix m = ResponsibilityEngine.matrix(AWS, List.of("aws.s3", "aws.ec2", "aws.nope"));
        assertThat(m.services()).extracting(Service::id).containsExactly("aws.ec2", "aws.s3");
        assertThat(ResponsibilityEngine.unknownServices(AWS, List.of("aws.s3", "aws.nope"))).containsExactly("aws.nope");
    }

    // --- services that straddle categories, as the catalog models them

    @Test
    void eksControlPlaneIsTheProvidersWorkerNodesAreTheCustomersUnlessFargate() {
        var nodes = M.cell("PAT-02", "aws.eks");
        assertThat(nodes.responsibility()).isEqualTo(Responsibility.CUSTOMER);
        assertThat(nodes.reason()).isEqualTo(CellReason.SERVICE_OVERRIDE);
        assertThat(nodes.rationale()).contains("control plane").contains("Fargate");
        assertThat(cell("PLT-01", "aws.eks")).isEqualTo(Responsibility.SHARED);
        assertThat(cell("PAT-02", "aws.ecs")).isEqualTo(Responsibility.CUSTOMER);
        // On Fargate AWS patches the hosts; the container image is entirely the customer's.
        assertThat(M.cell("PAT-02", "aws.fargate").reason()).isEqualTo(CellReason.CATEGORY_DEFAULT);
        assertThat(cell("PAT-02", "aws.fargate")).isEqualTo(Responsibility.PROVIDER);
        assertThat(cell("CFG-02", "aws.fargate")).isEqualTo(Responsibility.CUSTOMER);
    }

    @Test
    void rdsEnginePatchesComeFromTheProviderInTheWindowTheCustomerChooses() {
        var rds = M.cell("PAT-02", "aws.rds");
        assertThat(rds.responsibility()).isEqualTo(Responsibility.SHARED);
        assertThat(rds.reason()).isEqualTo(CellReason.SERVICE_OVERRIDE);
        assertThat(rds.rationale()).contains("maintenance window the customer chooses");
        // RDS Custom hands the host back: operating the platform becomes shared.
        assertThat(cell("PLT-01", "aws.rds")).isEqualTo(Responsibility.PROVIDER);
        assertThat(cell("PLT-01", "aws.rdscustom")).isEqualTo(Responsibility.SHARED);
    }

    @Test
    void elasticBeanstalkPlatformUpdatesAndPlatformOperationAreShared() {
        assertThat(cell("PAT-02", "aws.elasticbeanstalk")).isEqualTo(Responsibility.SHARED);
        assertThat(M.cell("PAT-02", "aws.elasticbeanstalk").rationale()).contains("managed platform updates");
        // Environment instances run in the customer's account; with managed updates off the platform is the customer's to update.
        assertThat(cell("PLT-01", "aws.elasticbeanstalk")).isEqualTo(Responsibility.SHARED);
        assertThat(M.cell("PLT-01", "aws.elasticbeanstalk").rationale()).contains("managed platform updates");
    }

    @Test
    void kmsKeyPoliciesAreTheCustomersAndItsHsmsTheProviders() {
        var kms = M.cell("KEY-01", "aws.kms");
        assertThat(kms.responsibility()).isEqualTo(Responsibility.SHARED);
        assertThat(AWS.control("KEY-01").orElseThrow().providerPart()).contains("hardware security modules");
        assertThat(AWS.control("KEY-01").orElseThrow().customerPart()).contains("key policies").contains("rotation");
        // With CloudHSM AWS cannot reach the keys at all.
        assertThat(cell("KEY-01", "aws.cloudhsm")).isEqualTo(Responsibility.CUSTOMER);
    }

    @Test
    void lambdaRuntimesArePatchedByTheProviderButLeavingDeprecatedOnesIsTheCustomers() {
        assertThat(cell("PAT-02", "aws.lambda")).isEqualTo(Responsibility.SHARED);
        assertThat(cell("PAT-03", "aws.lambda")).isEqualTo(Responsibility.SHARED);
        assertThat(cell("PLT-01", "aws.lambda")).isEqualTo(Responsibility.PROVIDER);
    }

    @Test
    void everyInheritedControlIsTheProvidersForEveryServiceInAnAwsDataCenter() {
        List<Control> inherited = AWS.controls().stream()
                .filter(c -> c.controlClass() == org.demarc.model.ControlClass.INHERITED).toList();
        assertThat(inherited).extracting(Control::id).contains("PHY-01", "PHY-02", "INF-01", "INF-02");
        ResponsibilityMatrix withoutOutposts = ResponsibilityEngine.matrix(AWS, IN_AWS_DATA_CENTERS);
        for (Control c : inherited) {
            assertThat(withoutOutposts.servicesWithCustomerShare(c.id())).as(c.id()).isEmpty();
        }
    }
}

package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.demarc.catalog.BuiltInCatalog;
import org.demarc.model.Assessment;
import org.demarc.model.Category;
import org.demarc.model.Engagement;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.demarc.model.Service;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.wizard.services.ServicesViewModel;
import org.junit.jupiter.api.Test;

class ServicesViewModelTest {
    private static AssessmentSession fresh() {
        AssessmentSession session = new AssessmentSession();
        session.load(Assessment.create(Engagement.empty(), BuiltInCatalog.load(),
                new HistoryEvent(Instant.EPOCH, HistoryKind.CREATED, "", "")), null, true);
        return session;
    }

    @Test
    void overSeveralProvidersEachServiceSaysWhatItsOwnProviderLeavesToTheCustomer() {
        org.demarc.model.Catalog aws = BuiltInCatalog.load("aws");
        org.demarc.model.Catalog azure = BuiltInCatalog.load("azure");
        AssessmentSession session = new AssessmentSession();
        session.load(Assessment.create(Engagement.empty(), org.demarc.model.Catalog.combine(java.util.List.of(aws, azure)),
                new HistoryEvent(Instant.EPOCH, HistoryKind.CREATED, "", "")), null, true);
        ServicesViewModel vm = new ServicesViewModel(session);
        Service appService = azure.service("azure.appservice").orElseThrow();
        Service s3 = aws.service("aws.s3").orElseThrow();
        assertThat(vm.customerKeeps(appService))
                .isEqualTo(azure.profile(appService.category()).orElseThrow().customerKeeps())
                .isNotEqualTo(aws.profile(appService.category()).orElseThrow().customerKeeps());
        assertThat(vm.customerKeeps(s3)).isEqualTo(aws.profile(s3.category()).orElseThrow().customerKeeps());

        // The group filter leads with each provider, then its own groups.
        assertThat(vm.groups()).startsWith("Amazon Web Services").contains("Microsoft Azure",
                "Amazon Web Services \u00b7 Databases", "Microsoft Azure \u00b7 Databases");
        assertThat(vm.groups().indexOf("Microsoft Azure")).isGreaterThan(vm.groups().indexOf("Amazon Web Services \u00b7 Databases"));
        vm.groupProperty().set("Microsoft Azure");
        assertThat(vm.visibleServices()).hasSize(azure.services().size())
                .allSatisfy(s -> assertThat(s.id()).startsWith("azure."));
        vm.groupProperty().set("Amazon Web Services \u00b7 Databases");
        assertThat(vm.visibleServices()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.id()).startsWith("aws.");
            assertThat(s.group()).isEqualTo("Databases");
        });
    }

    @Test
    void searchMatchesNameIdAndIsCaseInsensitive() {
        ServicesViewModel vm = new ServicesViewModel(fresh());
        vm.searchProperty().set("ec2");
        assertThat(vm.visibleServices()).extracting(Service::id).contains("aws.ec2");
        vm.searchProperty().set("s3");
        // The service named S3 first, then S3 Glacier, then services that merely mention S3.
        assertThat(vm.visibleServices()).extracting(Service::id).startsWith("aws.s3", "aws.glacier");
        vm.searchProperty().set("DYNAMO");
        assertThat(vm.visibleServices()).extracting(Service::id).containsExactly("aws.dynamodb");
        vm.searchProperty().set("no such service");
        assertThat(vm.visibleServices()).isEmpty();
    }

    @Test
    void groupAndCategoryFiltersCombine() {
        ServicesViewModel vm = new ServicesViewModel(fresh());
        vm.categoryProperty().set(Category.CONTAINER);
        assertThat(vm.visibleServices()).extracting(Service::category).containsOnly(Category.CONTAINER);
        vm.groupProperty().set("Databases");
        assertThat(vm.visibleServices()).extracting(Service::id).contains("aws.rds").doesNotContain("aws.dynamodb");
        assertThat(vm.visibleServices()).allSatisfy(s -> {
            assertThat(s.group()).isEqualTo("Databases");
            assertThat(s.category()).isEqualTo(Category.CONTAINER);
        });
        vm.categoryProperty().set(null);
        assertThat(vm.visibleServices()).extracting(Service::group).containsOnly("Databases");
        assertThat(vm.groups()).contains("Compute", "Storage", "Databases");
    }

    @Test
    void checkingAServicePutsItInScopeAndCountsIt() {
        AssessmentSession session = fresh();
        ServicesViewModel vm = new ServicesViewModel(session);
        Service s3 = session.assessment().catalog().service("aws.s3").orElseThrow();
        vm.setInScope(s3, true);
        assertThat(session.assessment().scope()).containsExactly("aws.s3");
        assertThat(vm.isInScope(s3)).isTrue();
        assertThat(vm.selectedCountProperty().get()).isEqualTo(1);
        assertThat(vm.customerKeeps(s3)).isNotBlank();
        vm.setInScope(s3, false);
        assertThat(vm.selectedCountProperty().get()).isZero();
    }
}

package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeSet;

import org.demarc.model.Control;
import org.demarc.model.Domain;
import org.demarc.project.Samples;
import org.demarc.ui.ScriptedDialogs;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.wizard.responsibility.ResponsibilityViewModel;
import org.demarc.ui.wizard.responsibility.ShareFilter;
import org.junit.jupiter.api.Test;

class ResponsibilityViewModelTest {
    private final AssessmentSession session = new AssessmentSession();

    @Test
    void rowsFollowTheDomainFilterAndTheReasonExplainsTheCell() {
        session.load(Samples.webshop(), null, false);
        ResponsibilityViewModel vm = new ResponsibilityViewModel(session, new ScriptedDialogs());
        assertThat(vm.isStale()).isTrue();
        vm.refresh();
        assertThat(vm.isStale()).isFalse();
        assertThat(vm.rows()).hasSize(61);
        Domain patching = vm.domains().stream().filter(d -> d.id().equals("patch")).findFirst()
                .orElseGet(() -> vm.domains().stream().filter(d -> d.name().startsWith("Patch")).findFirst().orElseThrow());
        vm.domainProperty().set(patching);
        assertThat(vm.rows()).extracting(Control::id).containsExactly("PAT-01", "PAT-02", "PAT-03", "VUL-01");
        vm.domainProperty().set(null);
        assertThat(vm.rows()).hasSize(61);

        assertThat(vm.reasonProperty().get()).isEqualTo("Select a cell to see why it is assigned that way.");
        vm.select("PAT-02", "aws.ec2");
        assertThat(vm.reasonProperty().get()).isEqualTo("PAT-02 Guest operating system updates and security patches on Amazon EC2: Customer, the default for infrastructure services");
        vm.select("PAT-02", "aws.rds");
        assertThat(vm.reasonProperty().get()).startsWith("PAT-02 Guest operating system updates and security patches on Amazon RDS: Shared, because the service overrides");
    }

    @Test
    void aScopeChangeMakesTheMatrixStaleAndRefreshKeepsTheFilter() {
        session.load(Samples.webshop(), null, false);
        ResponsibilityViewModel vm = new ResponsibilityViewModel(session, new ScriptedDialogs());
        vm.refresh();
        Domain first = vm.domains().get(0);
        vm.domainProperty().set(first);
        var before = vm.matrix();
        session.edit(null, a -> {
            TreeSet<String> scope = new TreeSet<>(a.scope());
            scope.remove("aws.ec2");
            return a.withScope(scope);
        });
        assertThat(vm.matrix()).as("nothing recomputed until asked").isSameAs(before);
        assertThat(vm.isStale()).isTrue();
        vm.refresh();
        assertThat(vm.matrix().services()).extracting(s -> s.id()).doesNotContain("aws.ec2");
        assertThat(vm.domainProperty().get()).isEqualTo(first);

        session.close();
        vm.refresh();
        assertThat(vm.matrix()).isNull();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.domains()).isEmpty();
    }

    @Test
    void anEditThatChangesNoResponsibilityKeepsTheMatrixShown() {
        session.load(Samples.webshop(), null, false);
        ResponsibilityViewModel vm = new ResponsibilityViewModel(session, new ScriptedDialogs());
        assertThat(vm.refresh()).isTrue();
        var shown = vm.matrix();
        var rows = java.util.List.copyOf(vm.rows());
        session.edit(null, a -> a.withAnswer("NET-01", a.answers().get("NET-01").withFinding("changed in the room")));
        assertThat(vm.isStale()).isFalse();
        assertThat(vm.refresh()).isFalse();
        assertThat(vm.matrix()).isSameAs(shown);
        assertThat(vm.rows()).containsExactlyElementsOf(rows);
    }

    @Test
    void filtersByShareServiceAndOverrides() {
        session.load(Samples.webshop(), null, false);
        ResponsibilityViewModel vm = new ResponsibilityViewModel(session, new ScriptedDialogs());
        vm.refresh();
        int all = vm.rows().size();
        vm.shareProperty().set(ShareFilter.CUSTOMER_SHARE);
        assertThat(vm.rows()).hasSizeLessThan(all).allSatisfy(c -> assertThat(vm.shownServices())
                .anySatisfy(s -> assertThat(vm.cell(c.id(), s.id()).responsibility().customerHoldsShare()).isTrue()));
        assertThat(vm.rows()).extracting(Control::id).doesNotContain("PHY-01");
        vm.shareProperty().set(ShareFilter.PROVIDER_ONLY);
        assertThat(vm.rows()).extracting(Control::id).contains("PHY-01").doesNotContain("GOV-02");
        vm.shareProperty().set(ShareFilter.ALL);

        var rds = vm.services().stream().filter(s -> s.id().equals("aws.rds")).findFirst().orElseThrow();
        vm.serviceProperty().set(rds);
        assertThat(vm.shownServices()).containsExactly(rds);
        assertThat(vm.rows()).hasSize(all);
        vm.overridesOnlyProperty().set(true);
        assertThat(vm.rows()).extracting(Control::id).contains("PAT-02").doesNotContain("PAT-01")
                .allSatisfy(id -> assertThat(vm.cell(id, "aws.rds").reason())
                        .isEqualTo(org.demarc.model.CellReason.SERVICE_OVERRIDE));
        vm.serviceProperty().set(null);
        assertThat(vm.shownServices()).extracting(s -> s.id()).contains("aws.rds").doesNotContain("aws.ec2");
    }
}

package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeSet;

import org.demarc.model.Control;
import org.demarc.model.Domain;
import org.demarc.project.Samples;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.wizard.responsibility.ResponsibilityViewModel;
import org.junit.jupiter.api.Test;

class ResponsibilityViewModelTest {
    private final AssessmentSession session = new AssessmentSession();

    @Test
    void rowsFollowTheDomainFilterAndTheReasonExplainsTheCell() {
        session.load(Samples.webshop(), null, false);
        ResponsibilityViewModel vm = new ResponsibilityViewModel(session);
        assertThat(vm.isStale()).isTrue();
        vm.refresh();
        assertThat(vm.isStale()).isFalse();
        assertThat(vm.rows()).hasSize(51);
        Domain patching = vm.domains().stream().filter(d -> d.id().equals("patch")).findFirst()
                .orElseGet(() -> vm.domains().stream().filter(d -> d.name().startsWith("Patch")).findFirst().orElseThrow());
        vm.domainProperty().set(patching);
        assertThat(vm.rows()).extracting(Control::id).containsExactly("PAT-01", "PAT-02", "PAT-03", "VUL-01");
        vm.domainProperty().set(null);
        assertThat(vm.rows()).hasSize(51);

        assertThat(vm.reasonProperty().get()).isEqualTo("Select a cell to see why it is assigned that way.");
        vm.select("PAT-02", "aws.ec2");
        assertThat(vm.reasonProperty().get()).isEqualTo("PAT-02 on aws.ec2: Customer, the default for infrastructure services");
        vm.select("PAT-02", "aws.rds");
        assertThat(vm.reasonProperty().get()).startsWith("PAT-02 on aws.rds: Shared, because the service overrides");
    }

    @Test
    void aScopeChangeMakesTheMatrixStaleAndRefreshKeepsTheFilter() {
        session.load(Samples.webshop(), null, false);
        ResponsibilityViewModel vm = new ResponsibilityViewModel(session);
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
}

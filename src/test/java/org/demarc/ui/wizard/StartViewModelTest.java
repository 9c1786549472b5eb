package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.demarc.ui.wizard.start.NewAssessmentViewModel;
import org.demarc.ui.wizard.start.StartViewModel;
import org.junit.jupiter.api.Test;

class StartViewModelTest {
    private final List<String> asked = new ArrayList<>();
    private final List<Path> recent = new ArrayList<>();
    private final StartViewModel vm = new StartViewModel(new StartViewModel.Actions() {
        @Override
        public boolean newAssessment(String title, org.demarc.model.Catalog catalog) {
            asked.add("new " + title + " on " + catalog.id());
            return keep;
        }

        @Override
        public void open() {
            asked.add("open");
        }

        @Override
        public void open(Path file) {
            asked.add("open " + file);
        }

        @Override
        public void openSample() {
            asked.add("sample");
        }
    }, () -> List.copyOf(recent), new NewAssessmentViewModel(new org.demarc.ui.ScriptedDialogs(),
            new org.demarc.ui.common.Tasks(Runnable::run, Runnable::run)));
    private boolean keep = true;

    @Test
    void recentFilesAreReadAgainOnEachVisitAndOpenTheirFile() {
        vm.refresh();
        assertThat(vm.recentFiles()).isEmpty();
        Path file = Path.of("/audits/webshop.demarc");
        recent.add(file);
        assertThat(vm.recentFiles()).as("not until the next visit").isEmpty();
        vm.refresh();
        assertThat(vm.recentFiles()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("webshop.demarc");
            assertThat(f.folder()).isEqualTo(Path.of("/audits").toString());
        });
        vm.open(vm.recentFiles().get(0));
        vm.newAssessment();
        vm.open();
        vm.openSample();
        assertThat(asked).containsExactly("open " + file, "new  on aws", "open", "sample");
    }

    @Test
    void theTitleTypedStaysWhenTheUserKeepsTheOpenAssessmentAndGoesOnceMade() {
        vm.form().titleProperty().set("  Web shop 2027 ");
        keep = false;
        vm.newAssessment();
        assertThat(vm.form().titleProperty().get()).as("the open assessment was kept").isEqualTo("  Web shop 2027 ");
        keep = true;
        vm.newAssessment();
        assertThat(asked).containsExactly("new Web shop 2027 on aws", "new Web shop 2027 on aws");
        assertThat(vm.form().titleProperty().get()).isEmpty();
    }
}

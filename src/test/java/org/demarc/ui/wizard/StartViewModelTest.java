package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.demarc.ui.wizard.start.StartViewModel;
import org.junit.jupiter.api.Test;

class StartViewModelTest {
    private final List<String> asked = new ArrayList<>();
    private final List<Path> recent = new ArrayList<>();
    private final StartViewModel vm = new StartViewModel(new StartViewModel.Actions() {
        @Override
        public void newAssessment() {
            asked.add("new");
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
    }, () -> List.copyOf(recent));

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
        assertThat(asked).containsExactly("open " + file, "new", "open", "sample");
    }
}

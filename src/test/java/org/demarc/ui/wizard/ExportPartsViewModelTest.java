package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.demarc.assessment.SignOffs;
import org.demarc.model.Signatory;
import org.demarc.project.Samples;
import org.demarc.report.ReportExporter;
import org.demarc.report.ReportOptions;
import org.demarc.report.ReportPart;
import org.demarc.ui.ScriptedDialogs;
import org.demarc.ui.common.FileOpener;
import org.demarc.ui.common.Tasks;
import org.demarc.ui.session.AssessmentSession;
import org.demarc.ui.wizard.export.ExportViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export step's part choice, domain list, handout and opener, with the work run synchronously. */
class ExportPartsViewModelTest {
    @TempDir
    Path dir;

    private final AssessmentSession session = new AssessmentSession();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    private ExportViewModel model(FileOpener opener) {
        return new ExportViewModel(session, dialogs, new Tasks(Runnable::run, Runnable::run), opener);
    }

    @Test
    void anExcerptOfTheFinalReportIsNeverSignedNorPromptsForThePassword() throws Exception {
        session.load(SignOffs.signOff(Samples.webshop(), List.of(new Signatory("Dana Whitfield", "CISO", "Northwind",
                LocalDate.of(2026, 11, 20), "Agreed")), Instant.parse("2026-11-20T15:00:00Z"), "dana"), null, false);
        ExportViewModel vm = model(FileOpener.UNAVAILABLE);
        vm.signProperty().set(true);
        vm.keyStoreProperty().set(dir.resolve("key.p12").toString());
        vm.partProperty().set(ReportPart.Kind.SUMMARY);
        assertThat(vm.excerptProperty().get()).isTrue();
        Path pdf = dir.resolve("summary.pdf");
        dialogs.pdfTargets.add(pdf);
        vm.exportFinal();

        assertThat(vm.resultProperty().get()).isEqualTo("Excerpt (the executive summary only) written to " + pdf + ".");
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getSignatureDictionaries()).isEmpty();
            assertThat(new PDFTextStripper().getText(doc)).contains("Excerpt of the report");
        }
        assertThat(vm.writtenProperty().get()).isEqualTo(pdf);
    }

    @Test
    void selectedDomainsGiveTheCommandLinesBytes() throws Exception {
        session.load(Samples.webshop(), null, false);
        ExportViewModel vm = model(FileOpener.UNAVAILABLE);
        vm.partProperty().set(ReportPart.Kind.DOMAINS);
        vm.domains().selectAll(false);
        vm.domains().items().stream().filter(i -> i.id().equals("identity")).forEach(i -> i.selected().set(true));
        Path pdf = dir.resolve("iam.pdf");
        vm.export(pdf, null);
        byte[] expected = new ReportExporter().render(Samples.webshop(),
                ReportOptions.defaults().only(ReportPart.domains(List.of("identity"))), (f, s) -> { }, () -> false);
        assertThat(Files.readAllBytes(pdf)).isEqualTo(expected);
    }

    @Test
    void withNoDomainTickedNothingIsAskedAndTheReasonShowsUnderTheList() {
        session.load(Samples.webshop(), null, false);
        ExportViewModel vm = model(FileOpener.UNAVAILABLE);
        assertThat(vm.domains().selectedIds()).as("every domain starts ticked").hasSize(14);
        vm.domains().selectAll(false);
        Path pdf = dir.resolve("never.pdf");
        dialogs.pdfTargets.add(pdf);
        vm.exportHandout();
        assertThat(vm.domainsErrorProperty().get()).isEqualTo("Tick at least one domain.");
        assertThat(dialogs.pdfTargets).as("no save dialog was shown").containsExactly(pdf);
        vm.partProperty().set(ReportPart.Kind.DOMAINS);
        vm.exportDraft();
        assertThat(dialogs.pdfTargets).containsExactly(pdf);
        assertThat(pdf).doesNotExist();
    }

    @Test
    void theHandoutIsSuggestedUnderTheTitleAndCanBeShownInItsFolder() throws Exception {
        session.load(Samples.webshop(), null, false);
        List<String> calls = new java.util.ArrayList<>();
        ExportViewModel vm = model(new FileOpener() {
            @Override
            public void open(Path file) throws IOException {
                throw new IOException("no viewer");
            }

            @Override
            public void showInFolder(Path file) {
                calls.add("show " + file.getFileName());
            }
        });
        assertThat(vm.suggestedHandoutName()).isEqualTo("Web shop shared-responsibility review handout.pdf");
        Path pdf = dir.resolve("handout.pdf");
        dialogs.pdfTargets.add(pdf);
        vm.exportHandout();
        assertThat(vm.resultProperty().get()).isEqualTo("Workshop handout (14 domains) written to " + pdf + ".");
        vm.showWrittenInFolder();
        assertThat(calls).containsExactly("show handout.pdf");
        vm.openWritten();
        assertThat(vm.resultProperty().get()).isEqualTo("Could not open handout.pdf: no viewer");
    }
}

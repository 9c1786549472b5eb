package org.demarc.interop.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.assertj.core.api.ThrowableAssert;
import org.demarc.io.InvalidFileException;
import org.demarc.fixtures.MiniFixtures;
import org.demarc.model.Assessment;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.demarc.io.Problem;
import org.demarc.project.ProjectWriter;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks that come back wrong: each is refused whole with a message that says what and where,
 * never an exception the user cannot read and never a partial import.
 */
@Tag("slow")
class HostileWorkbookTest {
    private static final Instant EXPORTED = Instant.parse("2026-11-12T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final String GOV = "Governance and provider";
    private final QuestionnaireExport.Sent out = QuestionnaireExport.send(Samples.webshop(),
            QuestionnaireExport.Selection.OPEN, null, EXPORTED, "auditor");
    private final Assessment sample = out.assessment();
    private final byte[] sent = out.workbook();

    @TempDir
    Path dir;

    @Test
    void aQuestionnaireOfAnotherAssessmentIsRefusedByName() throws Exception {
        Assessment other = MiniFixtures.miniAssessment();
        byte[] theirs = QuestionnaireExport.send(other, QuestionnaireExport.Selection.ALL, null, EXPORTED, "a")
                .workbook();
        ReturnedQuestionnaire q = QuestionnaireReader.read(theirs);
        assertThat(refused(() -> ImportPreview.of(sample, q, TODAY)))
                .contains("another assessment: 'Payments platform review' for 'Example Corp', exported 2026-11-12T10:00:00Z")
                .contains("'Web shop shared-responsibility review'");
    }

    @Test
    void lastYearsQuestionnaireDoesNotFitThisYearsAssessmentEvenWithTheSameTitle() throws Exception {
        Assessment nextYear = new Assessment(sample.engagement(), sample.catalog(), sample.scope(), sample.answers(),
                null, java.util.List.of(new HistoryEvent(Instant.parse("2027-11-01T08:00:00Z"),
                HistoryKind.CARRIED_FORWARD, "Alex Morgan", "")));
        ReturnedQuestionnaire q = QuestionnaireReader.read(sent);
        assertThat(refused(() -> ImportPreview.of(nextYear, q, TODAY))).contains("another assessment");
    }

    @Test
    void editingTheAssessmentAfterTheExportDoesNotMakeItAnotherOne() throws Exception {
        Assessment edited = sample.withScope(new java.util.TreeSet<>(java.util.List.of("aws.ec2", "aws.s3")));
        assertThat(ImportPreview.of(edited, QuestionnaireReader.read(sent), TODAY).assessmentChangedSinceExport()).isTrue();
    }

    @Test
    void aSignedOffAssessmentTakesNoImport() throws Exception {
        Assessment signed = sample.withSignOff(new org.demarc.model.SignOff(java.util.List.of(), "x", EXPORTED));
        assertThat(refused(() -> ImportPreview.of(signed, QuestionnaireReader.read(sent), TODAY)))
                .contains("signed off and locked");
    }

    @Test
    void aRenamedSheet() throws Exception {
        byte[] bytes = edit(r -> r.wb.setSheetName(r.wb.getSheetIndex(GOV), "Governance"));
        assertThat(refused(() -> QuestionnaireReader.read(bytes)))
                .contains("the sheet '" + GOV + "' is missing: it was renamed or deleted");
    }

    @Test
    void aDeletedSheet() throws Exception {
        byte[] bytes = edit(r -> r.wb.removeSheetAt(r.wb.getSheetIndex(GOV)));
        assertThat(refused(() -> QuestionnaireReader.read(bytes))).contains("is missing");
    }

    @Test
    void reorderedSheetsAreMatchedByNameWithAWarning() throws Exception {
        byte[] bytes = edit(r -> {
            r.type("GOV-01", Column.STATUS, "Implemented");
            r.wb.setSheetOrder(GOV, r.wb.getNumberOfSheets() - 1);
        });
        ReturnedQuestionnaire q = QuestionnaireReader.read(bytes);
        assertThat(q.warnings()).extracting(Problem::text).containsExactly(
                "the sheets were reordered; questions are matched by sheet name and control, so nothing is lost");
        ImportPreview preview = ImportPreview.of(sample, q, TODAY);
        assertThat(preview.changes()).extracting(ImportPreview.Change::controlId).containsExactly("GOV-01");
    }

    @Test
    void aDeletedColumn() throws Exception {
        byte[] bytes = edit(r -> {
            Sheet s = r.wb.getSheet(GOV);
            for (Row row : s) {
                if (row.getCell(Column.GUIDANCE.ordinal()) != null) {
                    row.removeCell(row.getCell(Column.GUIDANCE.ordinal()));
                }
            }
            s.shiftColumns(Column.GUIDANCE.ordinal() + 1, Column.values().length - 1, -1);
        });
        assertThat(refused(() -> QuestionnaireReader.read(bytes)))
                .startsWith("error at '" + GOV + "'!D1: this column should be 'Guidance' but is 'Your part': a column "
                        + "was deleted, inserted or moved");
    }

    @Test
    void sortedRows() throws Exception {
        byte[] bytes = edit(r -> {
            Sheet s = r.wb.getSheet(GOV);
            s.getRow(1).getCell(0).setCellValue("GOV-02");
            s.getRow(2).getCell(0).setCellValue("GOV-01");
        });
        assertThat(refused(() -> QuestionnaireReader.read(bytes)))
                .contains("'" + GOV + "'!A2: this row should hold control GOV-01 but holds 'GOV-02': rows were moved");
    }

    @Test
    void aFormula() throws Exception {
        byte[] bytes = edit(r -> r.cell("GOV-01", Column.FINDING).setCellFormula("HYPERLINK(\"http://x\",\"y\")"));
        assertThat(refused(() -> QuestionnaireReader.read(bytes)))
                .isEqualTo("error at '" + GOV + "'!I2: the cell holds a formula; a returned questionnaire may hold "
                        + "values only");
    }

    @Test
    void aTenMegabyteCell() throws Exception {
        Random random = new Random(7);
        char[] text = new char[10 * 1024 * 1024];
        for (int i = 0; i < text.length; i++) {
            text[i] = (char) ('a' + random.nextInt(26));
        }
        byte[] bytes = withSharedString(edit(r -> r.type("GOV-01", Column.FINDING, "PLACEHOLDER")), "PLACEHOLDER",
                new String(text));
        assertThat(refused(() -> QuestionnaireReader.read(bytes)))
                .isEqualTo("error at '" + GOV + "'!I2: the cell holds 10,485,760 characters; at most 1,000,000 are "
                        .replace(",", "") + "accepted");
    }

    @Test
    void aCellThatInflatesLikeAZipBomb() throws Exception {
        char[] text = new char[10 * 1024 * 1024];
        Arrays.fill(text, 'x');
        byte[] bytes = withSharedString(edit(r -> r.type("GOV-01", Column.FINDING, "PLACEHOLDER")), "PLACEHOLDER",
                new String(text));
        assertThat(refused(() -> QuestionnaireReader.read(bytes))).contains("zip bomb");
    }

    @Test
    void partsThatInflatePastTheBudgetTogetherAreRefused() throws Exception {
        // Twelve parts of 9 MB, each far from a zip bomb alone (about 15 times), 108 MB together.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.util.Random random = new java.util.Random(13);
        byte[] part = new byte[9 * 1024 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(sent));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(in.readAllBytes());
                zip.closeEntry();
            }
            for (int i = 0; i < 12; i++) {
                for (int b = 0; b < part.length; b++) {
                    part[b] = (byte) (random.nextInt(16) == 0 ? '1' : '0');
                }
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (100 + i) + ".xml"));
                zip.write(part);
                zip.closeEntry();
            }
        }
        byte[] bytes = out.toByteArray();
        assertThat(bytes.length).isLessThan(20 * 1024 * 1024);
        assertThat(refused(() -> QuestionnaireReader.read(bytes)))
                .isEqualTo("error at /: the workbook inflates to more than 100 MB in all and is not opened");
    }

    @Test
    void notAWorkbookAtAll() throws Exception {
        assertThat(refused(() -> QuestionnaireReader.read(ProjectWriter.toBytes(sample))))
                .startsWith("error at /: not a readable Excel workbook (.xlsx)");
        for (int cut : new int[] {sent.length / 4, sent.length / 2, sent.length * 3 / 4, sent.length - 100}) {
            // Cut short: depending on where, unreadable or missing its parts; refused either way.
            assertThat(refused(() -> QuestionnaireReader.read(Arrays.copyOf(sent, cut)))).as("cut at " + cut)
                    .startsWith("error at ");
        }
        assertThat(refused(() -> QuestionnaireReader.read(new byte[0]))).startsWith("error at /: not a readable");
    }

    @Test
    void aWorkbookThatIsNotAQuestionnaire() throws Exception {
        byte[] bytes = edit(r -> r.wb.removeSheetAt(r.wb.getSheetIndex(Hidden.SHEET)));
        assertThat(refused(() -> QuestionnaireReader.read(bytes))).contains("not a Demarc questionnaire");
    }

    @Test
    void aFileLargerThanAProjectMayBe() throws Exception {
        Path big = dir.resolve("big.xlsx");
        Files.write(big, new byte[21 * 1024 * 1024]);
        assertThatThrownBy(() -> QuestionnaireReader.read(big)).isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("files larger than 20971520 bytes are not opened");
    }

    @Test
    void textTypedBelowTheQuestionsIsIgnoredWithAWarning() throws Exception {
        byte[] bytes = edit(r -> r.wb.getSheet(GOV).createRow(40).createCell(8).setCellValue("extra"));
        assertThat(QuestionnaireReader.read(bytes).warnings()).extracting(Problem::location)
                .containsExactly("'" + GOV + "'!I41");
    }

    // ------------------------------------------------------------------ helpers

    private interface Edit {
        void apply(Respondent r) throws Exception;
    }

    private byte[] edit(Edit e) throws Exception {
        try (Respondent r = new Respondent(sent)) {
            e.apply(r);
            return r.save();
        }
    }

    /** The messages of a refusal, one per line as the command line prints them. */
    private static String refused(ThrowableAssert.ThrowingCallable call) {
        try {
            call.call();
        } catch (InvalidFileException e) {
            return String.join("\n", e.problems().stream().map(Problem::describe).toList());
        } catch (Throwable t) {
            throw new AssertionError("not refused with a message but " + t, t);
        }
        throw new AssertionError("not refused");
    }

    /** Replaces a shared string inside the package, which POI itself would refuse to write. */
    private static byte[] withSharedString(byte[] xlsx, String placeholder, String replacement) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals("xl/sharedStrings.xml")) {
                    content = new String(content, StandardCharsets.UTF_8).replace(placeholder, replacement)
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}

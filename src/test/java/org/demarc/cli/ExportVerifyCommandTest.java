package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.demarc.model.Assessment;
import org.demarc.model.Signatory;
import org.demarc.project.ProjectFiles;
import org.demarc.project.Samples;
import org.demarc.assessment.SignOffs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demarc export} and {@code demarc verify}: exit codes and what they print. */
class ExportVerifyCommandTest {
    @TempDir
    Path dir;

    @Test
    void exportsADraftThatVerifyRefusesAsUnsigned() throws Exception {
        Path project = dir.resolve("webshop.demarc");
        Files.write(project, Samples.webshopBytes());
        Path pdf = dir.resolve("report.pdf");
        CliRunner export = CliRunner.run("export", project.toString(), "-o", pdf.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("DRAFT");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-1.7".getBytes());
        CliRunner verify = CliRunner.run("verify", pdf.toString(), "--project", project.toString());
        assertThat(verify.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(verify.out()).contains("NOT SIGNED").contains("Fingerprint matches");
    }

    @Test
    void exportsASignedReportThatVerifiesAgainstItsProjectOnly() throws Exception {
        Assessment signedOff = signedOff();
        Path project = dir.resolve("signed.demarc");
        new ProjectFiles().save(signedOff, project);
        Path keyStore = org.demarc.report.TestKeysAccess.keyStore(dir);
        Path password = dir.resolve("password.txt");
        Files.writeString(password, org.demarc.report.TestKeysAccess.password() + "\n");
        Path pdf = dir.resolve("signed.pdf");
        CliRunner export = CliRunner.run("export", project.toString(), "-o", pdf.toString(), "--sign",
                keyStore.toString(), "--password-file", password.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("signed-off report").contains("PAdES");

        CliRunner ok = CliRunner.run("verify", pdf.toString(), "--project", project.toString());
        assertThat(ok.exitCode()).as(ok.out()).isZero();
        assertThat(ok.out()).contains("Signature intact").contains("Fingerprint matches").contains("verified.");

        Path other = dir.resolve("other.demarc");
        Files.write(other, Samples.webshopBytes());
        Files.writeString(other, Files.readString(other).replace("Northwind Retail GmbH", "Southwind"));
        CliRunner mismatch = CliRunner.run("verify", pdf.toString(), "--project", other.toString());
        assertThat(mismatch.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(mismatch.out()).contains("FINGERPRINT DIFFERS");

        byte[] bytes = Files.readAllBytes(pdf);
        bytes[bytes.length / 3] ^= 0x01;
        Path tampered = dir.resolve("tampered.pdf");
        Files.write(tampered, bytes);
        CliRunner broken = CliRunner.run("verify", tampered.toString());
        assertThat(broken.exitCode()).isNotZero();
    }

    @Test
    void signingNeedsAPasswordFileAndAReadableKeyStore() throws Exception {
        Path project = dir.resolve("webshop.demarc");
        Files.write(project, Samples.webshopBytes());
        Path pdf = dir.resolve("r.pdf");
        assertThat(CliRunner.run("export", project.toString(), "-o", pdf.toString(), "--sign", "k.p12").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        Path password = dir.resolve("pw");
        Files.writeString(password, "wrong");
        Path keyStore = org.demarc.report.TestKeysAccess.keyStore(dir);
        CliRunner wrong = CliRunner.run("export", project.toString(), "-o", pdf.toString(), "--sign",
                keyStore.toString(), "--password-file", password.toString());
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(wrong.err()).contains("password");
        assertThat(pdf).doesNotExist();
        assertThat(CliRunner.run("export", dir.resolve("missing.demarc").toString(), "-o", pdf.toString()).exitCode())
                .isEqualTo(ExitCodes.IO_ERROR);
        assertThat(CliRunner.run("verify", project.toString()).exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void aReportPaintedOverAndSignedAgainByALookAlikeDoesNotVerify() throws Exception {
        Assessment signedOff = signedOff();
        Path project = dir.resolve("signed.demarc");
        new ProjectFiles().save(signedOff, project);
        Path edited = dir.resolve("edited.demarc");
        Files.writeString(edited, Files.readString(project).replace("Northwind Retail GmbH", "Southwind"));
        Path password = dir.resolve("password.txt");
        Files.writeString(password, org.demarc.report.TestKeysAccess.password() + "\n");
        Path pdf = dir.resolve("signed.pdf");
        CliRunner export = CliRunner.run("export", project.toString(), "-o", pdf.toString(), "--sign",
                org.demarc.report.TestKeysAccess.keyStore(Files.createDirectory(dir.resolve("auditor"))).toString(),
                "--password-file", password.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();

        byte[] painted = org.demarc.report.ReportAttacks.paintOverAndSwapFingerprint(Files.readAllBytes(pdf),
                org.demarc.assessment.ContentFingerprint.of(signedOff),
                org.demarc.assessment.ContentFingerprint.of(new org.demarc.project.ProjectReader().read(edited).value()));
        Path attacked = dir.resolve("attacked.pdf");
        Files.write(attacked, org.demarc.report.ReportAttacks.countersign(painted,
                org.demarc.report.TestKeysAccess.lookAlikeKeyStore(Files.createDirectory(dir.resolve("attacker")))));

        CliRunner verify = CliRunner.run("verify", attacked.toString(), "--project", edited.toString());
        assertThat(verify.exitCode()).as(verify.out()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(verify.out()).contains("Signature 1 of 2, by Dana Whitfield (test)", "NOT the whole file",
                "Signature 2 of 2, by Dana Whitfield (test)", "MORE THAN ONE SIGNATURE", "FINGERPRINT DIFFERS",
                "NOT verified").doesNotContain("Fingerprint matches");
    }

    @Test
    void aSignedOffProjectEditedByHandExportsAsADraftWithAVoidSignOff() throws Exception {
        Path project = dir.resolve("signed.demarc");
        new ProjectFiles().save(signedOff(), project);
        Files.writeString(project, Files.readString(project).replace("Northwind Retail GmbH", "Southwind"));
        Path pdf = dir.resolve("report.pdf");
        CliRunner export = CliRunner.run("export", project.toString(), "-o", pdf.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("a DRAFT report", "sign-off void: content changed after sign-off")
                .doesNotContain("signed-off report");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(pdf))) {
            var cover = new org.apache.pdfbox.text.PDFTextStripper();
            cover.setEndPage(1);
            assertThat(cover.getText(doc).replaceAll("\\s+", " "))
                    .contains("DRAFT \u00b7 Sign-off void: content changed after sign-off")
                    .contains("Status DRAFT. Sign-off void: content changed after sign-off");
        }
    }

    private static Assessment signedOff() {
        return SignOffs.signOff(Samples.webshop(), List.of(new Signatory("Dana Whitfield", "CISO", "Northwind",
                LocalDate.of(2026, 11, 20), "Agreed.")), Instant.parse("2026-11-20T15:00:00Z"), "Alex");
    }
}

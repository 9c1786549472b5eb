package org.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.demarc.assessment.SignOffs;
import org.demarc.model.Assessment;
import org.demarc.model.Signatory;
import org.demarc.project.ProjectFiles;
import org.demarc.project.ProjectReader;
import org.demarc.project.Samples;
import org.demarc.report.TestKeysAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demarc sign PROJECT} and {@code demarc verify PROJECT.demarc}: signing, tampering, refusals. */
class SignProjectCommandTest {
    @TempDir
    Path dir;
    Path keyStore;
    Path password;

    @BeforeEach
    void keys() throws Exception {
        keyStore = TestKeysAccess.keyStore(dir);
        password = dir.resolve("password.txt");
        Files.writeString(password, TestKeysAccess.password() + "\n");
    }

    @Test
    void signsInPlaceAndVerifyNamesTheSigner() throws Exception {
        Path project = signedOffProject("signed.demarc");
        CliRunner sign = sign(project);
        assertThat(sign.exitCode()).as(sign.err()).isZero();
        assertThat(sign.out()).contains("Digitally signed", "Dana Whitfield (test)");
        assertThat(ProjectFiles.backupOf(project)).exists();
        assertThat(Files.readString(project)).contains("\"signature\": \"");

        CliRunner verify = CliRunner.run("verify", project.toString());
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).contains("Digitally signed by Dana Whitfield (test)", "unchanged since signing",
                "verified.").doesNotContain("NOT verified");
    }

    @Test
    void oneAnswerByteChangedAfterSigningFailsVerification() throws Exception {
        Path project = signedOffProject("signed.demarc");
        assertThat(sign(project).exitCode()).isZero();
        String text = Files.readString(project);
        var justification = java.util.regex.Pattern.compile("\"justification\": \"[A-Za-z]").matcher(text);
        assertThat(justification.find(text.indexOf("\"answers\": {"))).isTrue();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int at = text.substring(0, justification.end() - 1).getBytes(StandardCharsets.UTF_8).length;
        bytes[at] = (byte) (bytes[at] == 'x' ? 'y' : 'x');
        Files.write(project, bytes);

        CliRunner verify = CliRunner.run("verify", project.toString());
        assertThat(verify.exitCode()).as(verify.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(verify.out()).as(verify.err()).contains("SIGN-OFF VOID", "SIGNATURE NO LONGER MATCHES", "Dana Whitfield (test)",
                "content changed after signing", "NOT verified");
    }

    @Test
    void aTamperedSignatureFailsVerification() throws Exception {
        Path project = signedOffProject("signed.demarc");
        assertThat(sign(project).exitCode()).isZero();
        Assessment signed = new ProjectReader().read(project).value();
        byte[] cms = java.util.Base64.getDecoder().decode(signed.signOff().signature());
        cms[cms.length - 10] ^= 0x01;
        new ProjectFiles().save(signed.withSignOff(signed.signOff().withSignature(
                java.util.Base64.getEncoder().encodeToString(cms))), project);

        CliRunner verify = CliRunner.run("verify", project.toString());
        assertThat(verify.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(verify.out()).contains("SIGNATURE INVALID", "NOT verified");
    }

    @Test
    void aSignatureCopiedFromAnotherAssessmentFailsVerification() throws Exception {
        Path first = signedOffProject("first.demarc");
        assertThat(sign(first).exitCode()).isZero();
        String signature = new ProjectReader().read(first).value().signOff().signature();
        Assessment other = SignOffs.signOff(Samples.webshop().withEngagement(Samples.webshop().engagement()
                .withClient("Southwind")), signatories(), Instant.parse("2026-11-21T10:00:00Z"), "Alex");
        Path second = dir.resolve("second.demarc");
        new ProjectFiles().save(other.withSignOff(other.signOff().withSignature(signature)), second);

        CliRunner verify = CliRunner.run("verify", second.toString());
        assertThat(verify.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(verify.out()).contains("NOT verified").doesNotContain("unchanged since signing");
    }

    @Test
    void unsignedProjectsSayNotSignedAndFail() throws Exception {
        Path draft = dir.resolve("draft.demarc");
        Files.write(draft, Samples.webshopBytes());
        CliRunner notSignedOff = CliRunner.run("verify", draft.toString());
        assertThat(notSignedOff.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(notSignedOff.out()).contains("is not signed off", "NOT verified");

        Path signedOff = signedOffProject("signed-off.demarc");
        CliRunner unsigned = CliRunner.run("verify", signedOff.toString());
        assertThat(unsigned.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(unsigned.out()).contains("Not digitally signed.", "NOT verified");
    }

    @Test
    void theShippedSignedOffSampleSignsAndVerifies() throws Exception {
        Path sample = dir.resolve("webshop-signed-off.demarc");
        Files.write(sample, Samples.webshopSignedOffBytes());
        assertThat(CliRunner.run("verify", sample.toString()).out()).contains("Not digitally signed.");
        CliRunner sign = sign(sample);
        assertThat(sign.exitCode()).as(sign.err()).isZero();
        CliRunner verify = CliRunner.run("verify", sample.toString());
        assertThat(verify.exitCode()).as(verify.out()).isZero();
        assertThat(verify.out()).contains("Digitally signed by Dana Whitfield (test)");
    }

    @Test
    void refusesADraftAndADamagedSignOffWithoutWriting() throws Exception {
        Path draft = dir.resolve("draft.demarc");
        Files.write(draft, Samples.webshopBytes());
        byte[] before = Files.readAllBytes(draft);
        CliRunner refused = sign(draft);
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(refused.err()).contains("only a signed-off assessment can be digitally signed");
        assertThat(Files.readAllBytes(draft)).isEqualTo(before);

        Path edited = signedOffProject("edited.demarc");
        Files.writeString(edited, Files.readString(edited).replace("Northwind Retail GmbH", "Southwind"));
        CliRunner voided = sign(edited);
        assertThat(voided.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(voided.err()).contains("reopen the assessment and sign it off again");
    }

    @Test
    void writesASignedCopyWithOutputAndKeepsTheOriginal() throws Exception {
        Path project = signedOffProject("signed-off.demarc");
        byte[] before = Files.readAllBytes(project);
        Path out = dir.resolve("copy.demarc");
        CliRunner sign = CliRunner.run("sign", project.toString(), "--sign", keyStore.toString(), "--password-file",
                password.toString(), "-o", out.toString());
        assertThat(sign.exitCode()).as(sign.err()).isZero();
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
        assertThat(CliRunner.run("verify", out.toString()).exitCode()).isZero();
    }

    @Test
    void aWrongPasswordIsToldAndNothingIsWritten() throws Exception {
        Path project = signedOffProject("signed-off.demarc");
        byte[] before = Files.readAllBytes(project);
        Files.writeString(password, "wrong");
        CliRunner sign = sign(project);
        assertThat(sign.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(sign.err()).contains("wrong password");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
        assertThat(CliRunner.run("sign", project.toString(), "--sign", keyStore.toString()).exitCode())
                .isEqualTo(ExitCodes.USAGE);
    }

    private CliRunner sign(Path project) {
        return CliRunner.run("sign", project.toString(), "--sign", keyStore.toString(), "--password-file",
                password.toString());
    }

    private Path signedOffProject(String name) throws Exception {
        Path file = dir.resolve(name);
        new ProjectFiles().save(SignOffs.signOff(Samples.webshop(), signatories(),
                Instant.parse("2026-11-20T15:00:00Z"), "Alex"), file);
        return file;
    }

    private static List<Signatory> signatories() {
        return List.of(new Signatory("Dana Whitfield", "CISO", "Northwind", LocalDate.of(2026, 11, 20), "Agreed."));
    }
}

package org.demarc.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import org.demarc.assessment.SignOffs;
import org.demarc.model.Assessment;
import org.demarc.model.Signatory;
import org.demarc.project.ProjectFiles;
import org.demarc.project.Samples;
import org.demarc.report.ProjectSigning;
import org.demarc.report.SigningKey;
import org.demarc.report.TestKeysAccess;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A digitally signed project file: the sign-off step names the signer; the same file with one answer
 * changed outside Demarc says plainly that the signature no longer matches.
 */
class SignedProjectWindowTest extends WindowTest {
    @Test
    void theSignOffStepNamesTheSignerOfASignedProject() throws Exception {
        Path file = signedProject("signed.demarc");
        dialogs.openTargets.add(file);
        openWindow(Locale.US, "#start-open");

        robot.clickOn("7. Sign-off");
        Label line = signatureLine();
        assertThat(line.getText()).startsWith("Digitally signed by Dana Whitfield (test)")
                .contains("unchanged since signing");
        assertThat(line.getStyleClass()).doesNotContain("form-error");
        assertThat(robot.lookup("#signoff-status").queryAs(Label.class).getText()).startsWith("Signed off");
    }

    @Test
    void aProjectChangedAfterSigningShowsTheSignatureNoLongerMatches() throws Exception {
        Path file = signedProject("edited.demarc");
        Files.writeString(file, Files.readString(file).replace("Platform team", "Platform squad"));
        dialogs.openTargets.add(file);
        openWindow(Locale.US, "#start-open");

        robot.clickOn("7. Sign-off");
        Label line = signatureLine();
        assertThat(line.getText()).startsWith("SIGNATURE NO LONGER MATCHES: the content changed after "
                + "Dana Whitfield (test) signed it.");
        assertThat(line.getStyleClass()).contains("form-error");
    }

    @Test
    void signingOffWithMyCertificateSignsTheProjectFile() throws Exception {
        startSignOffOfACompleteSample();
        Path keys = Files.createDirectories(dir.resolve("keys"));
        dialogs.keyStores.add(TestKeysAccess.keyStore(keys));
        dialogs.passwords.add(TestKeysAccess.password().toCharArray());
        tickAlsoSignAndSignOff();

        Label line = signatureLine();
        assertThat(line.getText()).startsWith("Digitally signed by Dana Whitfield (test)");
        assertThat(dialogs.errors).isEmpty();
        assertThat(ProjectSigning.status(session.assessment()).valid()).isTrue();

        Path saved = dir.resolve("signed-in-gui.demarc");
        dialogs.saveTargets.add(saved);
        robot.clickOn("File").clickOn("Save as…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(saved));
        files.awaitFileWork();
        assertThat(ProjectSigning.status(new org.demarc.project.ProjectReader().read(saved).value()).signer())
                .isEqualTo("Dana Whitfield (test)");
    }

    @Test
    void withTwoKeysInTheStoreTheOneChosenSigns() throws Exception {
        startSignOffOfACompleteSample();
        dialogs.keyStores.add(TestKeysAccess.twoKeyStore(Files.createDirectories(dir.resolve("keys"))));
        dialogs.passwords.add(TestKeysAccess.password().toCharArray());
        dialogs.choices.add(1);
        tickAlsoSignAndSignOff();

        Label line = signatureLine();
        assertThat(line.getText()).startsWith("Digitally signed by " + TestKeysAccess.secondSigner());
        assertThat(dialogs.choiceOptions).hasSize(1);
        assertThat(dialogs.choiceOptions.get(0)).hasSize(2);
        assertThat(dialogs.choiceOptions.get(0).get(0)).startsWith("signer — Dana Whitfield (test), valid 2020-01-01 to ");
        assertThat(dialogs.choiceOptions.get(0).get(1))
                .startsWith("team-lead — " + TestKeysAccess.secondSigner() + ", valid 2020-01-01 to ");
        assertThat(dialogs.errors).isEmpty();
        assertThat(ProjectSigning.status(session.assessment()).signer()).isEqualTo(TestKeysAccess.secondSigner());
    }

    @Test
    void aWrongPasswordLeavesTheSignOffWithoutASignatureAndSaysWhy() throws Exception {
        startSignOffOfACompleteSample();
        dialogs.keyStores.add(TestKeysAccess.keyStore(Files.createDirectories(dir.resolve("keys"))));
        dialogs.passwords.add("wrong".toCharArray());
        tickAlsoSignAndSignOff();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0)).contains("Signed off, but not digitally signed", "wrong password");
        assertThat(session.assessment().isSignedOff()).isTrue();
        assertThat(session.assessment().signOff().isDigitallySigned()).isFalse();
    }

    /** The sample with every question answered, at the Sign-off step with one signatory added. */
    private void startSignOffOfACompleteSample() throws Exception {
        openWindow(Locale.US, "#start-sample");
        robot.interact(() -> session.load(complete(Samples.webshop()), null, false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("7. Sign-off");
        robot.clickOn("#signoff-name").write("Ada Auditor");
        robot.interact(() -> robot.lookup("#signoff-add").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.lookup("#signoff-warnings-reviewed").tryQuery().filter(javafx.scene.Node::isVisible)
                .ifPresent(box -> robot.interact(() -> ((javafx.scene.control.CheckBox) box).setSelected(true)));
    }

    /** As a keyboard user: the focus brings the box into view, Space ticks it; then "Sign off and lock". */
    private void tickAlsoSignAndSignOff() {
        robot.interact(() -> robot.lookup("#signoff-also-sign").query().requestFocus());
        robot.push(javafx.scene.input.KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#signoff-also-sign").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        robot.interact(() -> robot.lookup("#signoff-sign").query().requestFocus());
        robot.push(javafx.scene.input.KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every control of the work list answered, inherited ones with current provider evidence. */
    private static Assessment complete(Assessment a) {
        org.demarc.assessment.analysis.AssessmentAnalysis an = new org.demarc.assessment.analysis.AssessmentAnalysis(a);
        org.demarc.model.ProviderEvidence soc2 = new org.demarc.model.ProviderEvidence("SOC 2 Type II", "Audit LLP",
                LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), null, "", "");
        Assessment out = a;
        for (org.demarc.model.Control c : an.workList()) {
            org.demarc.model.Answer now = a.answers().get(c.id());
            if (an.isInherited(c)) {
                out = out.withAnswer(c.id(), org.demarc.model.Answer.of(org.demarc.model.AnswerStatus.INHERITED)
                        .withProviderEvidence(List.of(soc2)));
            } else if (now == null || now.missingJustification()) {
                out = out.withAnswer(c.id(), org.demarc.model.Answer.of(org.demarc.model.AnswerStatus.IMPLEMENTED)
                        .withFinding("Checked."));
            }
        }
        return out;
    }

    @Test
    void anUnsignedProjectShowsNoSignatureLine() throws Exception {
        openWindow(Locale.US, "#start-sample");
        robot.clickOn("7. Sign-off");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signoff-status").tryQuery().isPresent());
        assertThat(robot.lookup("#signoff-signature").queryAs(Label.class).isVisible()).isFalse();
    }

    private Label signatureLine() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signoff-signature").tryQuery()
                .map(n -> n.isVisible() && !((Label) n).getText().isEmpty()).orElse(false));
        return robot.lookup("#signoff-signature").queryAs(Label.class);
    }

    private Path signedProject(String name) throws Exception {
        Assessment signedOff = SignOffs.signOff(Samples.webshop(), List.of(new Signatory("Dana Whitfield", "CISO",
                "Northwind", LocalDate.of(2026, 11, 20), "Agreed.")), Instant.parse("2026-11-20T15:00:00Z"), "Alex");
        Path keys = Files.createDirectories(dir.resolve("keys-" + name));
        Assessment signed = ProjectSigning.sign(signedOff, new SigningKey(TestKeysAccess.keyStore(keys), null,
                TestKeysAccess.password().toCharArray()), Instant.now());
        Path file = dir.resolve(name);
        new ProjectFiles().save(signed, file);
        return file;
    }
}

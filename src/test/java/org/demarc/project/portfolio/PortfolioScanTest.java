package org.demarc.project.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.demarc.assessment.SignOffState;
import org.demarc.assessment.SignOffs;
import org.demarc.assessment.portfolio.AssessmentSummary;
import org.demarc.model.Assessment;
import org.demarc.model.Signatory;
import org.demarc.project.ProjectFiles;
import org.demarc.project.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of assessments as a consultancy keeps them: good, signed, edited after signing, broken, linked in a loop. */
class PortfolioScanTest {
    @TempDir
    Path dir;

    private static Clock on(String day) {
        return Clock.fixed(LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }

    private static Assessment signed() {
        return SignOffs.signOff(Samples.webshop(), List.of(new Signatory("Dana Whitfield", "CISO", "Northwind",
                LocalDate.parse("2026-11-30"), "")), Instant.parse("2026-11-30T10:00:00Z"), "Dana");
    }

    @Test
    void listsEveryAssessmentWithItsStatusAndBrokenFilesWithTheirProblem() throws Exception {
        ProjectFiles files = new ProjectFiles();
        files.saveNew(Samples.webshop(), dir.resolve("a-draft.demarc"));
        Files.createDirectories(dir.resolve("clients/northwind"));
        files.saveNew(signed(), dir.resolve("clients/northwind/b-signed.demarc"));
        Path edited = dir.resolve("clients/northwind/c-edited.demarc");
        files.saveNew(signed(), edited);
        String text = Files.readString(edited);
        Files.writeString(edited, text.replaceFirst("\"client\": \"[^\"]*\"", "\"client\": \"Changed by hand\""));
        Files.writeString(dir.resolve("d-broken.demarc"), "{\"format\": \"demarc-assessment\"", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.txt"), "not a project");

        Portfolio p = new PortfolioScan(on("2026-12-01")).scan(dir);

        assertThat(p.entries()).extracting(PortfolioEntry::relativePath).containsExactly("a-draft.demarc",
                "clients/northwind/b-signed.demarc", "clients/northwind/c-edited.demarc", "d-broken.demarc");
        assertThat(p.entries().get(0).summary().state()).isEqualTo(SignOffState.DRAFT);
        assertThat(p.entries().get(1).summary().state()).isEqualTo(SignOffState.SIGNED_OFF);
        assertThat(p.entries().get(2).summary().state()).isEqualTo(SignOffState.EDITED_AFTER_SIGN_OFF);
        assertThat(p.entries().get(2).summary().client()).isEqualTo("Changed by hand");
        PortfolioEntry broken = p.entries().get(3);
        assertThat(broken.isBroken()).isTrue();
        assertThat(broken.problem()).isNotBlank().doesNotContain("\n");
        assertThat(p.broken()).isEqualTo(1);
        AssessmentSummary draft = p.entries().get(0).summary();
        assertThat(draft.client()).isEqualTo(Samples.webshop().engagement().client());
        assertThat(draft.providers()).containsExactly("Amazon Web Services");
        assertThat(draft.lastChange()).isNotNull();
    }

    @Test
    void aMultiCloudAssessmentNamesEachProvider() throws Exception {
        new ProjectFiles().saveNew(Samples.multicloud(), dir.resolve("multicloud.demarc"));
        Portfolio p = new PortfolioScan(on("2026-12-01")).scan(dir);
        assertThat(p.entries()).singleElement().satisfies(e -> assertThat(e.summary().providers())
                .containsExactly("Amazon Web Services", "Microsoft Azure"));
    }

    @Test
    void overdueRemediationsAreCountedAgainstTheInjectedDay() throws Exception {
        new ProjectFiles().saveNew(Samples.webshop(), dir.resolve("w.demarc"));
        int before = new PortfolioScan(on("2020-01-01")).scan(dir).entries().get(0).summary().overdue();
        int after = new PortfolioScan(on("2030-01-01")).scan(dir).entries().get(0).summary().overdue();
        int between = new PortfolioScan(on("2027-01-01")).scan(dir).entries().get(0).summary().overdue();
        assertThat(before).isZero();
        assertThat(after).isGreaterThan(between);
        assertThat(between).isGreaterThan(0);
    }

    @Test
    void aLinkLoopIsListedOnceAndDoesNotStopTheScan() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        new ProjectFiles().saveNew(Samples.webshop(), dir.resolve("sub/w.demarc"));
        Files.createSymbolicLink(dir.resolve("sub/back"), dir);
        Files.createSymbolicLink(dir.resolve("same.demarc"), dir.resolve("sub/w.demarc"));

        Portfolio p = new PortfolioScan(on("2026-12-01")).scan(dir);

        assertThat(p.entries().stream().filter(e -> !e.isBroken())).hasSize(1);
        assertThat(p.entries()).anySatisfy(e -> {
            assertThat(e.relativePath()).isEqualTo("sub/back");
            assertThat(e.problem()).contains("link leads back");
        });
    }

    @Test
    void anUnreadableFolderIsListedAndTheRestIsRead() throws Exception {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        new ProjectFiles().saveNew(Samples.webshop(), dir.resolve("w.demarc"));
        locked.toFile().setReadable(false, false);
        locked.toFile().setExecutable(false, false);
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "running with rights over every folder");
            Portfolio p = new PortfolioScan(on("2026-12-01")).scan(dir);
            assertThat(p.entries()).extracting(PortfolioEntry::relativePath).containsExactly("locked", "w.demarc");
            assertThat(p.entries().get(0).problem()).contains("access denied");
        } finally {
            locked.toFile().setReadable(true, false);
            locked.toFile().setExecutable(true, false);
        }
    }

    @Test
    void aMissingFolderIsAnError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PortfolioScan(on("2026-12-01"))
                .scan(dir.resolve("nope"))).isInstanceOf(java.nio.file.NoSuchFileException.class);
    }
}

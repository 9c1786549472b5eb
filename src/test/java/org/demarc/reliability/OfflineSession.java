package org.demarc.reliability;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.demarc.cli.DemarcCommand;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.Signatory;
import org.demarc.project.ProjectFiles;
import org.demarc.project.Samples;
import org.demarc.report.TestKeys;
import org.demarc.assessment.SignOffs;

/** A whole non-GUI session, run by OfflineTest in a child JVM: open, answer, sign off, save, every command. */
public final class OfflineSession {
    private OfflineSession() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("demarc-offline");
        Path file = dir.resolve("webshop.demarc");
        ProjectFiles files = new ProjectFiles();
        Files.write(file, Samples.webshopBytes());
        Assessment a = files.open(file).value();
        a = a.withAnswer("SEC-01", Answer.of(AnswerStatus.IMPLEMENTED).withFinding("Secrets Manager with rotation"));
        files.save(a, file);
        Assessment signed = SignOffs.signOff(files.open(file).value(), List.of(new Signatory("Ada", "Lead", "Org",
                LocalDate.of(2026, 11, 13), "ok")), Instant.parse("2026-11-13T10:00:00Z"), "ada");
        files.save(signed, file);
        Path keyStore = TestKeys.keyStore(dir);
        Path password = dir.resolve("password.txt");
        Files.writeString(password, TestKeys.PASSWORD + "\n");
        for (String[] cmd : new String[][] {{"validate", file.toString()}, {"matrix", file.toString(), "--format", "json"},
                {"catalog", "list", "--controls"}, {"catalog", "diff", file.toString()},
                {"export", file.toString(), "-o", dir.resolve("report.pdf").toString()},
                {"export", file.toString(), "-o", dir.resolve("signed.pdf").toString(), "--sign", keyStore.toString(),
                        "--password-file", password.toString()},
                {"verify", dir.resolve("signed.pdf").toString(), "--project", file.toString()},
                {"questionnaire", "export", file.toString(), "-o", dir.resolve("q.xlsx").toString(), "--all"},
                {"findings", file.toString(), "-o", dir.resolve("f.xlsx").toString()},
                {"carry-forward", file.toString(), "-o", dir.resolve("next.demarc").toString()},
                {"diff", file.toString(), dir.resolve("next.demarc").toString()},
                {"oscal", file.toString(), "-o", dir.resolve("oscal").toString(), "--baseline", "high"},
                {"questionnaire", "export", dir.resolve("next.demarc").toString(), "-o", dir.resolve("q2.xlsx").toString()},
                {"questionnaire", "import", dir.resolve("next.demarc").toString(), dir.resolve("q2.xlsx").toString(),
                        "-o", dir.resolve("next2.demarc").toString()}}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = DemarcCommand.run(cmd, new PrintWriter(out), new PrintWriter(err));
            if (code != 0) {
                throw new IllegalStateException(String.join(" ", cmd) + " failed: " + err);
            }
        }
        System.out.println("OFFLINE-SESSION-OK");
    }
}

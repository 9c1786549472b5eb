package org.demarc.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.demarc.assessment.diff.AssessmentDiff;
import org.demarc.model.Assessment;
import org.demarc.model.Messages;
import org.demarc.model.ProductVersion;
import org.demarc.report.layout.Flow;
import org.demarc.report.pdfa.ArchivalMetadata;
import org.demarc.report.sections.ActionPlanSection;
import org.demarc.report.sections.ChangesSection;
import org.demarc.report.sections.AppendixSection;
import org.demarc.report.sections.ContentsSection;
import org.demarc.report.sections.CoverSection;
import org.demarc.report.sections.FindingsSection;
import org.demarc.report.sections.InheritedSection;
import org.demarc.report.sections.MatrixSection;
import org.demarc.report.sections.PageFrame;
import org.demarc.report.sections.ReportContext;
import org.demarc.report.sections.ScopeSection;
import org.demarc.report.sections.Section;
import org.demarc.report.sections.SignOffSection;
import org.demarc.report.sections.SummarySection;
import org.demarc.report.text.FontSet;
import org.demarc.report.text.Typesetter;

/** Draws the sections in order into one PDF/A-2b document. */
final class ReportRenderer {
    private ReportRenderer() {
    }

    static byte[] render(Assessment assessment, ReportOptions options, ProgressListener progress,
                         BooleanSupplier cancelled) throws IOException {
        Runnable checkpoint = () -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException(Messages.get("report.cancelled"));
            }
        };
        try (PDDocument doc = new PDDocument()) {
            Flow flow = new Flow(doc, new Typesetter(new FontSet(doc)));
            ReportContext ctx = new ReportContext(assessment, flow, checkpoint);
            ContentsSection contents = new ContentsSection(expectedEntries(ctx, options));
            List<Step> steps = new ArrayList<>();
            steps.add(new Step("report.progress.cover", new CoverSection()));
            steps.add(new Step("report.progress.cover", contents));
            steps.add(new Step("report.progress.summary", new SummarySection()));
            steps.add(new Step("report.progress.scope", new ScopeSection()));
            steps.add(new Step("report.progress.matrix", new MatrixSection()));
            steps.add(new Step("report.progress.findings", new FindingsSection()));
            steps.add(new Step("report.progress.actions", new ActionPlanSection()));
            if (options.previous() != null) {
                steps.add(new Step("report.progress.changes",
                        new ChangesSection(AssessmentDiff.between(options.previous(), assessment))));
            }
            steps.add(new Step("report.progress.inherited", new InheritedSection()));
            steps.add(new Step("report.progress.signoff", new SignOffSection()));
            if (options.appendix()) {
                steps.add(new Step("report.progress.appendix", new AppendixSection()));
            }
            int total = steps.size() + 3;
            int done = 0;
            if (options.projectFile() != null) {
                EvidenceStep.run(ctx, options, progress, 0, 1.0 / total);
            }
            done++;
            for (Step step : steps) {
                checkpoint.run();
                progress.progress((double) done++ / total, Messages.get(step.key()));
                step.section().render(ctx);
            }
            flow.close();
            checkpoint.run();
            progress.progress((double) done++ / total, Messages.get("report.progress.pages"));
            contents.complete(ctx);
            PageFrame.apply(ctx);
            ArchivalMetadata.apply(doc, metadata(ctx));
            checkpoint.run();
            progress.progress((double) done / total, Messages.get("report.progress.saving"));
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            doc.save(out);
            progress.progress(1.0, Messages.get("report.progress.done"));
            return out.toByteArray();
        }
    }

    /** Sections and domains listed in the contents, counted before drawing to reserve its pages. */
    private static int expectedEntries(ReportContext ctx, ReportOptions options) {
        long domains = ctx.assessment().catalog().domains().stream()
                .filter(d -> ctx.analysis().asked().stream().anyMatch(c -> c.domainId().equals(d.id()))).count();
        return (int) (8 + domains + (options.appendix() ? 4 : 0) + (options.previous() != null ? 1 : 0));
    }

    private static ArchivalMetadata.Values metadata(ReportContext ctx) {
        Assessment a = ctx.assessment();
        String subject = Messages.get("report.meta.subject", a.engagement().client(), a.engagement().workload(),
                a.catalog().provider().name());
        String keywords = Messages.get("report.meta.keywords", a.catalog().provider().name(), a.catalog().name(),
                a.catalog().version());
        String creator = Messages.get("report.meta.creator", ProductVersion.current());
        return new ArchivalMetadata.Values(ctx.title(), String.join(", ", a.engagement().assessors()), subject,
                keywords, creator, creator, ctx.reportInstant(), ctx.fingerprint(), a.isSignedOff());
    }

    private record Step(String key, Section section) {
    }
}

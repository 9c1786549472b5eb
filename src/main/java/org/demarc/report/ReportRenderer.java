package org.demarc.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.demarc.assessment.diff.AssessmentDiff;
import org.demarc.model.Assessment;
import org.demarc.model.Messages;
import org.demarc.model.ProductVersion;
import org.demarc.report.Drawing.Plan;
import org.demarc.report.Drawing.Step;
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
import org.demarc.report.docx.DocxReport;
import org.demarc.report.sections.SignOffSection;
import org.demarc.report.sections.SummarySection;

/** The report's plan: which sections, in reading order, for the whole report or a part of it. */
final class ReportRenderer {
    private ReportRenderer() {
    }

    static byte[] render(Assessment assessment, ReportOptions options, ProgressListener progress,
                         BooleanSupplier cancelled) throws IOException {
        return Drawing.draw(assessment, setup(assessment, options, progress), planner(options), progress, cancelled);
    }

    /** The editable twin: the same sections, as a Word document (see {@link DocxReport}). */
    static byte[] renderDocx(Assessment assessment, ReportOptions options, ProgressListener progress,
                             BooleanSupplier cancelled) throws IOException {
        Drawing.Transcribed t = transcribe(assessment, options, progress, cancelled);
        progress.progress(0.95, Messages.get("report.progress.saving"));
        byte[] docx = DocxReport.write(t.context(), t.transcript());
        progress.progress(1.0, Messages.get("report.progress.done"));
        return docx;
    }

    /** What the sections of the chosen part draw, in reading order, without the PDF. */
    static Drawing.Transcribed transcribe(Assessment assessment, ReportOptions options, ProgressListener progress,
                                          BooleanSupplier cancelled) throws IOException {
        return Drawing.transcribe(assessment, setup(assessment, options, progress), planner(options), progress,
                cancelled);
    }

    private static java.util.function.Consumer<ReportContext> setup(Assessment assessment, ReportOptions options,
                                                                    ProgressListener progress) {
        ReportPart part = options.part();
        return ctx -> {
            if (options.projectFile() != null) {
                // Every reference checked once before drawing, with progress and cancel (see EvidenceStep).
                EvidenceStep.run(ctx, options, progress, 0, 0);
            }
            if (part.isExcerpt()) {
                ctx.excerpt(part.name(assessment.catalog()), part::includes);
            }
        };
    }

    private static java.util.function.Function<ReportContext, Plan> planner(ReportOptions options) {
        return ctx -> {
            ContentsSection contents = options.part().kind() == ReportPart.Kind.SUMMARY ? null
                    : new ContentsSection(expectedEntries(ctx, options));
            return new Plan(steps(ctx, options, contents), contents, PageFrame::apply, metadata(ctx));
        };
    }

    /** The sections of the chosen part, in reading order. */
    private static List<Step> steps(ReportContext ctx, ReportOptions options, ContentsSection contents) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("report.progress.cover", new CoverSection()));
        if (contents != null) {
            steps.add(new Step("report.progress.cover", contents));
        }
        ReportPart.Kind kind = options.part().kind();
        if (kind != ReportPart.Kind.DOMAINS) {
            steps.add(new Step("report.progress.summary", new SummarySection()));
        }
        if (kind == ReportPart.Kind.SUMMARY) {
            return steps;
        }
        if (kind == ReportPart.Kind.FULL) {
            steps.add(new Step("report.progress.scope", new ScopeSection()));
        }
        steps.add(new Step("report.progress.matrix", new MatrixSection()));
        steps.add(new Step("report.progress.findings", new FindingsSection()));
        steps.add(new Step("report.progress.actions", new ActionPlanSection()));
        if (kind == ReportPart.Kind.DOMAINS) {
            return steps;
        }
        if (options.previous() != null) {
            steps.add(new Step("report.progress.changes",
                    new ChangesSection(AssessmentDiff.between(options.previous(), ctx.assessment()))));
        }
        steps.add(new Step("report.progress.inherited", new InheritedSection()));
        steps.add(new Step("report.progress.signoff", new SignOffSection()));
        if (options.appendix()) {
            steps.add(new Step("report.progress.appendix", new AppendixSection()));
        }
        return steps;
    }

    /** Sections and domains listed in the contents, counted before drawing to reserve its pages. */
    private static int expectedEntries(ReportContext ctx, ReportOptions options) {
        long domains = ctx.assessment().catalog().domains().stream()
                .filter(d -> ctx.shows(d.id()))
                .filter(d -> ctx.analysis().asked().stream().anyMatch(c -> c.domainId().equals(d.id()))).count();
        if (options.part().kind() == ReportPart.Kind.DOMAINS) {
            return (int) (3 + domains);
        }
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
                keywords, creator, creator, ctx.reportInstant(), ctx.fingerprint(), !ctx.draft(), ctx.excerptName());
    }
}

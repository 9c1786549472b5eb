package org.demarc.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.demarc.model.Assessment;
import org.demarc.model.Messages;
import org.demarc.report.layout.Flow;
import org.demarc.report.layout.Transcript;
import org.demarc.report.pdfa.ArchivalMetadata;
import org.demarc.report.sections.ContentsSection;
import org.demarc.report.sections.PageFrame;
import org.demarc.report.sections.ReportContext;
import org.demarc.report.sections.Section;
import org.demarc.report.text.FontSet;
import org.demarc.report.text.Typesetter;

/**
 * Draws one tagged PDF/A-2a and PDF/UA-1 document from a plan of sections, for the report and the handout alike: the
 * sections in order with progress and cancel between them, then the contents, the page frame, the
 * archival metadata, and the bytes.
 */
final class Drawing {
    /** What to draw: the sections, the contents to fill in afterwards (or null), the frame and metadata. */
    record Plan(List<Step> steps, ContentsSection contents, Consumer<ReportContext> frame,
                ArchivalMetadata.Values metadata) {
    }

    /** One section and the progress message shown while it is drawn. */
    record Step(String key, Section section) {
    }

    private Drawing() {
    }

    /** What the sections of a plan are given to draw, and their context, for a document other than the PDF. */
    record Transcribed(ReportContext context, Transcript transcript) {
    }

    /**
     * Lays out the same sections as {@link #draw}, recording what they draw (see {@link Transcript});
     * no page frame, no PDF bytes.
     */
    static Transcribed transcribe(Assessment assessment, Consumer<ReportContext> setup,
                                  Function<ReportContext, Plan> planner, ProgressListener progress,
                                  BooleanSupplier cancelled) throws IOException {
        Runnable checkpoint = checkpoint(cancelled);
        try (PDDocument doc = new PDDocument()) {
            Flow flow = new Flow(doc, new Typesetter(new FontSet(doc)));
            Transcript transcript = new Transcript();
            flow.record(transcript);
            ReportContext ctx = new ReportContext(assessment, flow, checkpoint);
            setup.accept(ctx);
            Plan plan = planner.apply(ctx);
            sections(ctx, plan, progress, plan.steps().size() + 1);
            flow.close();
            return new Transcribed(ctx, transcript);
        }
    }

    private static Runnable checkpoint(BooleanSupplier cancelled) {
        return () -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException(Messages.get("report.cancelled"));
            }
        };
    }

    /** Draws the plan's sections in order, with progress and a checkpoint before each; the steps done. */
    private static int sections(ReportContext ctx, Plan plan, ProgressListener progress, int total) {
        int done = 0;
        for (Step step : plan.steps()) {
            ctx.checkpoint();
            progress.progress((double) done++ / total, Messages.get(step.key()));
            // Each section is a Sect in the structure tree, in reading order.
            ctx.flow().tags().begin("Sect");
            step.section().render(ctx);
            ctx.flow().tags().end();
        }
        return done;
    }

    static byte[] draw(Assessment assessment, Consumer<ReportContext> setup, Function<ReportContext, Plan> planner,
                       ProgressListener progress, BooleanSupplier cancelled) throws IOException {
        Runnable checkpoint = checkpoint(cancelled);
        try (PDDocument doc = new PDDocument()) {
            Flow flow = new Flow(doc, new Typesetter(new FontSet(doc)));
            ReportContext ctx = new ReportContext(assessment, flow, checkpoint);
            ProjectSigning.Status signature = ProjectSigning.status(assessment);
            if (signature.kind() != ProjectSigning.Kind.NOT_SIGNED) {
                ctx.withProjectSignature(signature.summary(), signature.valid());
            }
            setup.accept(ctx);
            Plan plan = planner.apply(ctx);
            int total = plan.steps().size() + 2;
            int done = sections(ctx, plan, progress, total);
            flow.close();
            checkpoint.run();
            progress.progress((double) done++ / total, Messages.get("report.progress.pages"));
            if (plan.contents() != null) {
                plan.contents().complete(ctx);
            }
            plan.frame().accept(ctx);
            flow.tags().finish(Messages.get("report.language"));
            ArchivalMetadata.apply(doc, plan.metadata());
            checkpoint.run();
            progress.progress((double) done / total, Messages.get("report.progress.saving"));
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            doc.save(out);
            progress.progress(1.0, Messages.get("report.progress.done"));
            return out.toByteArray();
        }
    }
}

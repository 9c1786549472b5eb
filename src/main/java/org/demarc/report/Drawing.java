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
import org.demarc.report.pdfa.ArchivalMetadata;
import org.demarc.report.sections.ContentsSection;
import org.demarc.report.sections.PageFrame;
import org.demarc.report.sections.ReportContext;
import org.demarc.report.sections.Section;
import org.demarc.report.text.FontSet;
import org.demarc.report.text.Typesetter;

/**
 * Draws one PDF/A-2b document from a plan of sections, for the report and the handout alike: the
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

    static byte[] draw(Assessment assessment, Consumer<ReportContext> setup, Function<ReportContext, Plan> planner,
                       ProgressListener progress, BooleanSupplier cancelled) throws IOException {
        Runnable checkpoint = () -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException(Messages.get("report.cancelled"));
            }
        };
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
            int done = 0;
            for (Step step : plan.steps()) {
                checkpoint.run();
                progress.progress((double) done++ / total, Messages.get(step.key()));
                step.section().render(ctx);
            }
            flow.close();
            checkpoint.run();
            progress.progress((double) done++ / total, Messages.get("report.progress.pages"));
            if (plan.contents() != null) {
                plan.contents().complete(ctx);
            }
            plan.frame().accept(ctx);
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

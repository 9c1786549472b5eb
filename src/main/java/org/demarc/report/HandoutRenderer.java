package org.demarc.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.demarc.model.Assessment;
import org.demarc.model.Domain;
import org.demarc.model.Messages;
import org.demarc.model.ProductVersion;
import org.demarc.report.Drawing.Plan;
import org.demarc.report.Drawing.Step;
import org.demarc.report.pdfa.ArchivalMetadata;
import org.demarc.report.sections.ContentsSection;
import org.demarc.report.sections.HandoutCoverSection;
import org.demarc.report.sections.HandoutQuestionsSection;
import org.demarc.report.sections.PageFrame;
import org.demarc.report.sections.ReportContext;

/** The workshop handout's plan: a cover, contents when there are several domains, the questions. */
final class HandoutRenderer {
    private HandoutRenderer() {
    }

    static byte[] render(Assessment assessment, List<String> domainIds, ProgressListener progress,
                         BooleanSupplier cancelled) throws IOException {
        List<Domain> domains = assessment.catalog().domains().stream().filter(d -> domainIds.contains(d.id()))
                .toList();
        return Drawing.draw(assessment, ctx -> { }, ctx -> {
            ContentsSection contents = domains.size() > 1 ? new ContentsSection(domains.size()) : null;
            List<Step> steps = new ArrayList<>();
            steps.add(new Step("report.progress.cover", new HandoutCoverSection(domains)));
            if (contents != null) {
                steps.add(new Step("report.progress.cover", contents));
            }
            steps.add(new Step("handout.progress.questions", new HandoutQuestionsSection(domains)));
            PageFrame.Marks marks = new PageFrame.Marks(ctx.title(), Messages.get("handout.header"), false,
                    Messages.get("handout.footer"));
            return new Plan(steps, contents, c -> {
                PageFrame.apply(c.flow(), marks);
                org.demarc.report.sections.ProfileMarks.apply(c.flow(), c.profile());
            }, metadata(ctx, domains));
        }, progress, cancelled);
    }

    private static ArchivalMetadata.Values metadata(ReportContext ctx, List<Domain> domains) {
        Assessment a = ctx.assessment();
        String subject = Messages.get("handout.meta.subject", a.engagement().client(), a.engagement().workload(),
                String.join(", ", domains.stream().map(Domain::name).toList()));
        String keywords = Messages.get("report.meta.keywords", a.catalog().provider().name(), a.catalog().name(),
                a.catalog().version());
        String creator = Messages.get("report.meta.creator", ProductVersion.current());
        String title = Messages.get("handout.meta.title", ctx.title());
        return new ArchivalMetadata.Values(title, String.join(", ", a.engagement().assessors()), subject, keywords,
                creator, creator, ctx.reportInstant(), ctx.fingerprint(), false,
                "handout " + String.join(",", domains.stream().map(Domain::id).toList()));
    }
}

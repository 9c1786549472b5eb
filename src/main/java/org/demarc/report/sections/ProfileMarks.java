package org.demarc.report.sections;

import static org.demarc.report.sections.ReportContext.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.demarc.model.ReportProfile;
import org.demarc.report.layout.Flow;
import org.demarc.report.layout.Palette;
import org.demarc.report.layout.Pen;
import org.demarc.report.layout.Styles;
import org.demarc.report.text.Line;
import org.demarc.report.text.Typesetter;

/**
 * The report profile's marks on every page, drawn after the page frame: the classification marking
 * centred above the header, and the footer text with the marking again centred below the footer.
 * Nothing is drawn for Demarc's own look.
 */
public final class ProfileMarks {
    private static final float TOP_Y = Flow.PAGE.getHeight() - 25;
    private static final float BOTTOM_Y = 19;

    private ProfileMarks() {
    }

    public static void apply(Flow flow, ReportProfile profile) {
        List<String> bottom = new ArrayList<>();
        if (!profile.footer().isEmpty()) {
            bottom.add(profile.footer());
        }
        if (!profile.classification().isEmpty()) {
            bottom.add(profile.classification());
        }
        if (bottom.isEmpty()) {
            return;
        }
        Typesetter ts = flow.typesetter();
        Line marking = profile.classification().isEmpty() ? null
                : ts.lines(flat(profile.classification()), Styles.SMALL_BOLD.withColor(Palette.DRAFT), Flow.WIDTH)
                        .get(0);
        Line footer = ts.lines(flat(String.join(text("report.profile.separator"), bottom)), Styles.SMALL_MUTED,
                Flow.WIDTH).get(0);
        for (PDPage page : flow.pages()) {
            try (PDPageContentStream cs = new PDPageContentStream(flow.document(), page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                // Repeated on every page like the header and footer: artifacts (the cover states the marking as text).
                cs.beginMarkedContent(COSName.ARTIFACT);
                if (marking != null) {
                    Pen.text(cs, ts.fonts(), marking, centred(marking), TOP_Y);
                }
                Pen.text(cs, ts.fonts(), footer, centred(footer), BOTTOM_Y);
                cs.endMarkedContent();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static float centred(Line line) {
        return Flow.MARGIN_X + Math.max(0, (Flow.WIDTH - line.width()) / 2);
    }

    /** One line: a marking or footer is never wrapped (a longer one is cut at the page width). */
    private static String flat(String s) {
        return s.replace('\n', ' ');
    }
}

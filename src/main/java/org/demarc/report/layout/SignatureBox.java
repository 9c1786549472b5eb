package org.demarc.report.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * The empty signature field on the sign-off page, where a digital signature later shows. Any
 * PAdES-capable reader can sign it too. Its appearance is empty until signed.
 */
public final class SignatureBox {
    public static final String FIELD_NAME = "DemarcSignature";
    public static final float WIDTH = 260;
    public static final float HEIGHT = 64;

    private SignatureBox() {
    }

    /** Places the field on the flow's current page, tagged as a form field described by {@code description}. */
    public static void place(Flow flow, PDRectangle rect, String description) {
        PDDocument doc = flow.document();
        PDPage page = flow.page();
        try {
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            field.setPartialName(FIELD_NAME);
            field.setAlternateFieldName(description);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(rect);
            widget.setPage(page);
            widget.setPrinted(true);
            PDAppearanceStream empty = new PDAppearanceStream(doc);
            empty.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
            PDAppearanceDictionary ap = new PDAppearanceDictionary();
            ap.setNormalAppearance(empty);
            widget.setAppearance(ap);
            form.setFields(new ArrayList<>(java.util.List.of(field)));
            var annotations = page.getAnnotations();
            annotations.add(widget);
            page.setAnnotations(annotations);
            flow.tags().begin("Form");
            flow.tags().annotation(widget, page);
            flow.tags().end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.demarc.report.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.namespace.QName;

import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocument1;

/**
 * A new Word document whose body ends with text written elsewhere ({@link WordBody}): POI keeps
 * the package, styles, header, footer, properties and pictures; on saving, the body text goes in
 * before the section properties, which close a Word body. The body text is not part of the
 * in-memory model, so this document is for writing only.
 */
final class SplicedDocument extends XWPFDocument {
    private static final String SECTION_PROPERTIES = "<w:sectPr";
    private static final String BODY_END = "</w:body>";

    private final CharSequence body;

    SplicedDocument(CharSequence body) {
        this.body = body;
    }

    /** What {@link XWPFDocument#commit} writes, with the body text added. */
    @Override
    protected void commit() throws IOException {
        XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
        options.setSaveSyntheticDocumentElement(new QName(CTDocument1.type.getName().getNamespaceURI(), "document"));
        ByteArrayOutputStream own = new ByteArrayOutputStream();
        getDocument().save(own, options);
        String xml = own.toString(StandardCharsets.UTF_8);
        int at = xml.lastIndexOf(SECTION_PROPERTIES);
        if (at < 0) {
            at = xml.lastIndexOf(BODY_END);
        }
        if (at < 0) {
            throw new IOException("The Word document has no body to add the report to");
        }
        try (OutputStream out = getPackagePart().getOutputStream()) {
            out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
            out.write(body.toString().getBytes(StandardCharsets.UTF_8));
            out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
        }
    }
}

package org.demarc.report.pdfa;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Calendar;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * What makes the report a PDF/A-2a and PDF/UA-1 file (with the structure tree of
 * {@link org.demarc.report.layout.Tags}) and reproducible: document information and the matching
 * XMP metadata (with the PDF/A extension schema that the custom {@code demarc:fingerprint} property
 * needs), the sRGB output intent, and a document ID derived from the content fingerprint. Dates
 * come from the assessment, never from the clock.
 */
public final class ArchivalMetadata {
    /** The XMP namespace of Demarc's own report properties. */
    public static final String NAMESPACE = "https://demarc.example/ns/report/1.0/";
    public static final String PREFIX = "demarc";
    private static final String ICC = "/org/demarc/report/color/sRGB.icc";
    private static final String SRGB = "sRGB IEC61966-2.1";

    private ArchivalMetadata() {
    }

    /** The values written; every text has been made safe for XML and identical in Info and XMP. */
    public record Values(String title, String author, String subject, String keywords, String creator,
                         String producer, Instant date, String fingerprint, boolean signedOff,
                         String part) {
    }

    public static void apply(PDDocument doc, Values v) {
        String title = clean(v.title());
        String author = clean(v.author());
        String subject = clean(v.subject());
        String keywords = clean(v.keywords());
        String creator = clean(v.creator());
        String producer = clean(v.producer());
        Instant date = v.date().truncatedTo(ChronoUnit.SECONDS);
        Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(date.toEpochMilli());

        doc.getDocument().setVersion(1.7f);
        doc.setVersion(1.7f);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        if (!author.isEmpty()) {
            info.setAuthor(author);
        }
        info.setSubject(subject);
        info.setKeywords(keywords);
        info.setCreator(creator);
        info.setProducer(producer);
        info.setCreationDate(calendar);
        info.setModificationDate(calendar);

        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        try {
            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(xmp(title, author, subject, keywords, creator, producer, date,
                    v.fingerprint(), v.signedOff()).getBytes(StandardCharsets.UTF_8));
            catalog.setMetadata(metadata);
            try (InputStream icc = ArchivalMetadata.class.getResourceAsStream(ICC)) {
                if (icc == null) {
                    throw new IllegalStateException("colour profile missing from the program: " + ICC);
                }
                PDOutputIntent intent = new PDOutputIntent(doc, icc);
                intent.setInfo(SRGB);
                intent.setOutputCondition(SRGB);
                intent.setOutputConditionIdentifier(SRGB);
                intent.setRegistryName("http://www.color.org");
                catalog.addOutputIntent(intent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] id = documentId(v.fingerprint(), v.signedOff(), date, v.part());
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().setDocumentID(ids);
    }

    /**
     * 16 bytes of SHA-256 over the fingerprint and the sign-off state: same content, same ID. {@code part}
     * is empty for the whole report; an excerpt or a handout is another document, with another ID.
     */
    static byte[] documentId(String fingerprint, boolean signedOff, Instant date, String part) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String basis = "demarc-report/1\n" + fingerprint + "\n" + (signedOff ? "signed-off " + date : "draft")
                    + (part.isEmpty() ? "" : "\npart " + part);
            return Arrays.copyOf(sha.digest(basis.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Text as XML 1.0 allows it, on one line (XML would turn a carriage return into a line feed). */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                sb.append(' ');
            } else if (cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF) {
                sb.appendCodePoint(cp);
            } else {
                sb.append('\uFFFD');
            }
        });
        return sb.toString().strip();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String xmp(String title, String author, String subject, String keywords, String creator,
                              String producer, Instant date, String fingerprint, boolean signedOff) {
        String when = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.atOffset(ZoneOffset.UTC));
        String creatorXml = author.isEmpty() ? ""
                : "   <dc:creator><rdf:Seq><rdf:li>" + esc(author) + "</rdf:li></rdf:Seq></dc:creator>\n";
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                + "   <pdfaid:part>2</pdfaid:part>\n"
                + "   <pdfaid:conformance>A</pdfaid:conformance>\n"
                + "  </rdf:Description>\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "   <pdfuaid:part>1</pdfuaid:part>\n"
                + "  </rdf:Description>\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "   <dc:format>application/pdf</dc:format>\n"
                + "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + esc(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + creatorXml
                + "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + esc(subject)
                + "</rdf:li></rdf:Alt></dc:description>\n"
                + "  </rdf:Description>\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                + "   <xmp:CreateDate>" + when + "</xmp:CreateDate>\n"
                + "   <xmp:ModifyDate>" + when + "</xmp:ModifyDate>\n"
                + "   <xmp:MetadataDate>" + when + "</xmp:MetadataDate>\n"
                + "   <xmp:CreatorTool>" + esc(creator) + "</xmp:CreatorTool>\n"
                + "  </rdf:Description>\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                + "   <pdf:Producer>" + esc(producer) + "</pdf:Producer>\n"
                + "   <pdf:Keywords>" + esc(keywords) + "</pdf:Keywords>\n"
                + "  </rdf:Description>\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:" + PREFIX + "=\"" + NAMESPACE + "\">\n"
                + "   <" + PREFIX + ":fingerprint>" + esc(fingerprint) + "</" + PREFIX + ":fingerprint>\n"
                + "   <" + PREFIX + ":status>" + (signedOff ? "signed-off" : "draft") + "</" + PREFIX + ":status>\n"
                + "  </rdf:Description>\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
                + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
                + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
                + "   <pdfaExtension:schemas>\n"
                + "    <rdf:Bag>\n"
                + "     <rdf:li rdf:parseType=\"Resource\">\n"
                + "      <pdfaSchema:schema>Demarc report properties</pdfaSchema:schema>\n"
                + "      <pdfaSchema:namespaceURI>" + NAMESPACE + "</pdfaSchema:namespaceURI>\n"
                + "      <pdfaSchema:prefix>" + PREFIX + "</pdfaSchema:prefix>\n"
                + "      <pdfaSchema:property>\n"
                + "       <rdf:Seq>\n"
                + property("fingerprint", "SHA-256 content fingerprint (lower-case hex) of the assessment reported")
                + property("status", "draft, or signed-off when the assessment was signed off")
                + "       </rdf:Seq>\n"
                + "      </pdfaSchema:property>\n"
                + "     </rdf:li>\n"
                // PDF/A-2 knows the PDF/UA identification schema only when it is declared.
                + "     <rdf:li rdf:parseType=\"Resource\">\n"
                + "      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
                + "      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
                + "      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
                + "      <pdfaSchema:property>\n"
                + "       <rdf:Seq>\n"
                + property("part", "Integer", "internal", "Indicates, which part of ISO 14289 standard is followed")
                + "       </rdf:Seq>\n"
                + "      </pdfaSchema:property>\n"
                + "     </rdf:li>\n"
                + "    </rdf:Bag>\n"
                + "   </pdfaExtension:schemas>\n"
                + "  </rdf:Description>\n"
                + " </rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
    }

    private static String property(String name, String description) {
        return property(name, "Text", "external", description);
    }

    private static String property(String name, String type, String category, String description) {
        return "        <rdf:li rdf:parseType=\"Resource\">\n"
                + "         <pdfaProperty:name>" + name + "</pdfaProperty:name>\n"
                + "         <pdfaProperty:valueType>" + type + "</pdfaProperty:valueType>\n"
                + "         <pdfaProperty:category>" + category + "</pdfaProperty:category>\n"
                + "         <pdfaProperty:description>" + description + "</pdfaProperty:description>\n"
                + "        </rdf:li>\n";
    }

    /** The fingerprint recorded in a report's XMP metadata, or null when there is none. */
    public static String fingerprintOf(byte[] xmp) {
        if (xmp == null) {
            return null;
        }
        String s = new String(xmp, StandardCharsets.UTF_8);
        String open = "<" + PREFIX + ":fingerprint>";
        int i = s.indexOf(open);
        int j = i < 0 ? -1 : s.indexOf("</" + PREFIX + ":fingerprint>", i);
        return i < 0 || j < 0 ? null : s.substring(i + open.length(), j).strip();
    }
}

package org.demarc.report.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The structure tree of the tagged report (PDF/UA-1, PDF/A-2a), built while the pages are drawn:
 * every drawing call is wrapped in marked content with an MCID of the element open at that moment,
 * or marked as an artifact (decorations, repeated table headers, page headers and footers). Tags and
 * glyphs are written together, so they cannot drift apart.
 */
public final class Tags {
    /** Elements whose content is drawn straight into them; anything else gets a paragraph first. */
    private static final Set<String> LEAVES = Set.of("P", "H1", "H2", "H3", "H4", "H5", "H6", "TD", "TH", "Lbl",
            "LBody", "Figure", "Link", "Caption", "Span", "Form");

    private final PDDocument document;
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement top;
    private final Deque<PDStructureElement> open = new ArrayDeque<>();
    private final Map<PDPage, List<PDStructureElement>> marked = new LinkedHashMap<>();
    private final Map<PDAnnotation, PDStructureElement> annotations = new LinkedHashMap<>();
    private final Map<PDStructureElement, PDPage> pageOf = new IdentityHashMap<>();
    private int artifactDepth;
    private int lastHeading;

    public Tags(PDDocument document) {
        this.document = document;
        top = new PDStructureElement("Document", root);
        kids(root.getCOSObject()).add(top.getCOSObject());
    }

    /** The element that content drawn now belongs to. */
    public PDStructureElement current() {
        return open.isEmpty() ? top : open.peek();
    }

    /** A new element at the end of {@code parent}'s children, not opened. */
    public PDStructureElement add(PDStructureElement parent, String type) {
        PDStructureElement e = new PDStructureElement(type, parent);
        kids(parent.getCOSObject()).add(e.getCOSObject());
        return e;
    }

    /** Opens a new child of the current element; close it with {@link #end()}. */
    public PDStructureElement begin(String type) {
        PDStructureElement e = add(current(), type);
        open.push(e);
        return e;
    }

    public void end() {
        open.pop();
    }

    /** Runs {@code draw} with {@code element} open (an element made earlier, such as a table cell). */
    public void within(PDStructureElement element, Runnable draw) {
        open.push(element);
        try {
            draw.run();
        } finally {
            open.pop();
        }
    }

    /** Runs {@code draw} with everything it draws marked as an artifact (a repeated table header). */
    public void asArtifact(Runnable draw) {
        artifactDepth++;
        try {
            draw.run();
        } finally {
            artifactDepth--;
        }
    }

    /** A heading element, one level below the previous heading at most (PDF/UA does not skip levels). */
    public PDStructureElement beginHeading(int level) {
        int actual = Math.max(1, Math.min(level, lastHeading + 1));
        lastHeading = actual;
        return begin("H" + actual);
    }

    /** A header cell with its scope, {@code Column} or {@code Row}. */
    public PDStructureElement headerCell(PDStructureElement row, String scope) {
        PDStructureElement th = add(row, "TH");
        PDTableAttributeObject attr = new PDTableAttributeObject();
        attr.setScope(scope);
        th.addAttribute(attr);
        return th;
    }

    /** True when text drawn now goes straight into the current element (else into a new paragraph). */
    public boolean inLeaf() {
        return LEAVES.contains(current().getStructureType());
    }

    /**
     * Draws text: content of the current leaf element, or of a new paragraph; an artifact in artifact
     * mode. Text in another language ({@code language} not null) is a Span of its own with that
     * language, except in a figure, which is read as its alternative text.
     */
    public void text(PDPageContentStream cs, PDPage page, String language, Runnable draw) {
        if (artifactDepth > 0) {
            artifact(cs, draw);
            return;
        }
        boolean paragraph = !inLeaf();
        if (paragraph) {
            begin("P");
        }
        try {
            if (language != null && !"Figure".equals(current().getStructureType())) {
                begin("Span").setLanguage(language);
                try {
                    content(cs, page, draw);
                } finally {
                    end();
                }
            } else {
                content(cs, page, draw);
            }
        } finally {
            if (paragraph) {
                end();
            }
        }
    }

    /** Draws a decoration: an artifact, unless a figure is open, whose drawing it is part of. */
    public void decoration(PDPageContentStream cs, PDPage page, Runnable draw) {
        if (artifactDepth == 0 && "Figure".equals(current().getStructureType())) {
            content(cs, page, draw);
        } else {
            artifact(cs, draw);
        }
    }

    /** Draws as marked content of the current element, or as an artifact in artifact mode. */
    public void content(PDPageContentStream cs, PDPage page, Runnable draw) {
        if (artifactDepth > 0) {
            artifact(cs, draw);
            return;
        }
        PDStructureElement owner = current();
        List<PDStructureElement> mcids = marked.computeIfAbsent(page, p -> new ArrayList<>());
        int mcid = mcids.size();
        mcids.add(owner);
        try {
            cs.beginMarkedContent(COSName.getPDFName(owner.getStructureType()), mcid);
            draw.run();
            cs.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        kids(owner.getCOSObject()).add(onPage(owner, page, mcidReference(mcid, page)));
    }

    /** Draws {@code draw} as an artifact, on any content stream. */
    public static void artifact(PDPageContentStream cs, Runnable draw) {
        try {
            cs.beginMarkedContent(COSName.ARTIFACT);
            draw.run();
            cs.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ties an annotation (a link, the signature field) to the current element. */
    public void annotation(PDAnnotation annotation, PDPage page) {
        PDStructureElement owner = current();
        COSDictionary ref = new COSDictionary();
        ref.setItem(COSName.TYPE, COSName.getPDFName("OBJR"));
        ref.setItem(COSName.PG, page);
        ref.setItem(COSName.OBJ, annotation);
        kids(owner.getCOSObject()).add(ref);
        annotations.put(annotation, owner);
    }

    /** The element's first page is its /Pg; content on another page names its page itself. */
    private COSBase onPage(PDStructureElement owner, PDPage page, COSDictionary reference) {
        PDPage first = pageOf.get(owner);
        if (first == null) {
            pageOf.put(owner, page);
            owner.setPage(page);
            first = page;
        }
        return first.getCOSObject() == page.getCOSObject() ? reference.getItem(COSName.MCID) : reference;
    }

    private static COSDictionary mcidReference(int mcid, PDPage page) {
        COSDictionary mcr = new COSDictionary();
        mcr.setItem(COSName.TYPE, COSName.getPDFName("MCR"));
        mcr.setItem(COSName.PG, page);
        mcr.setInt(COSName.MCID, mcid);
        return mcr;
    }

    private static COSArray kids(COSDictionary node) {
        COSBase k = node.getDictionaryObject(COSName.K);
        if (k instanceof COSArray array) {
            return array;
        }
        COSArray array = new COSArray();
        if (k != null) {
            array.add(k);
        }
        node.setItem(COSName.K, array);
        return array;
    }

    /**
     * Writes the tree into the document: the parent tree (which element each MCID and annotation
     * belongs to), the document language, MarkInfo, tab order by structure, and the title shown in
     * the window title bar.
     */
    public void finish(String language) {
        COSArray nums = new COSArray();
        int key = 0;
        for (PDPage page : document.getPages()) {
            List<PDStructureElement> owners = marked.get(page);
            if (owners != null) {
                COSArray parents = new COSArray();
                owners.forEach(o -> parents.add(o.getCOSObject()));
                page.setStructParents(key);
                nums.add(COSInteger.get(key++));
                nums.add(parents);
            }
            if (page.getCOSObject().containsKey(COSName.ANNOTS)) {
                page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
            }
        }
        for (Map.Entry<PDAnnotation, PDStructureElement> a : annotations.entrySet()) {
            a.getKey().setStructParent(key);
            nums.add(COSInteger.get(key++));
            nums.add(a.getValue().getCOSObject());
        }
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, nums);
        root.setParentTree(new PDNumberTreeNode(parentTree, COSBase.class));
        root.setParentTreeNextKey(key);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        catalog.setLanguage(language);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
    }
}

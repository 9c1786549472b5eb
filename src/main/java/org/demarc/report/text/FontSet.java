package org.demarc.report.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Font fallback for one document: for every code point, the first font of the style's chain that
 * has a glyph for it, or the replacement character U+FFFD (which the first font has) when none
 * does. Fonts are parsed and embedded (subsetted) only when a character needs them, so a report
 * in Latin script never carries the Chinese font.
 */
public final class FontSet {
    /** What the user sees for a character no shipped font has; PDF/A forbids showing .notdef. */
    public static final int REPLACEMENT = 0xFFFD;

    private static final Map<TextStyle.Weight, List<FontFiles>> CHAINS = Map.of(
            TextStyle.Weight.REGULAR, List.of(FontFiles.DEJAVU_SANS, FontFiles.DROID_SANS_FALLBACK,
                    FontFiles.NANUM_SQUARE, FontFiles.NOTO_EMOJI),
            TextStyle.Weight.BOLD, List.of(FontFiles.DEJAVU_SANS_BOLD, FontFiles.DEJAVU_SANS,
                    FontFiles.DROID_SANS_FALLBACK, FontFiles.NANUM_SQUARE, FontFiles.NOTO_EMOJI),
            TextStyle.Weight.MONO, List.of(FontFiles.DEJAVU_SANS_MONO, FontFiles.DEJAVU_SANS,
                    FontFiles.DROID_SANS_FALLBACK, FontFiles.NANUM_SQUARE, FontFiles.NOTO_EMOJI));

    private final PDDocument document;
    private final Map<FontFiles, Loaded> loaded = new EnumMap<>(FontFiles.class);
    /** Glyphs resolved so far, by weight, then in pages of 256 code points (looked up for every character set). */
    private final Glyph[][][] glyphs = new Glyph[TextStyle.Weight.values().length][][];

    public FontSet(PDDocument document) {
        this.document = document;
    }

    /** The font and advance width (in 1/1000 em) that show a code point in a weight. */
    public Glyph glyph(TextStyle.Weight weight, int codePoint) {
        Glyph[][] pages = glyphs[weight.ordinal()];
        if (pages == null) {
            pages = new Glyph[(Character.MAX_CODE_POINT >> 8) + 1][];
            glyphs[weight.ordinal()] = pages;
        }
        Glyph[] page = pages[codePoint >> 8];
        if (page == null) {
            page = new Glyph[256];
            pages[codePoint >> 8] = page;
        }
        Glyph g = page[codePoint & 0xFF];
        if (g == null) {
            g = resolve(weight, codePoint);
            page[codePoint & 0xFF] = g;
        }
        return g;
    }

    private Glyph resolve(TextStyle.Weight weight, int codePoint) {
        for (FontFiles file : CHAINS.get(weight)) {
            Loaded font = load(file);
            int gid = font.cmap.getGlyphId(codePoint);
            if (gid > 0) {
                return new Glyph(file, codePoint, font.advance(gid));
            }
        }
        if (codePoint == REPLACEMENT) {
            throw new IllegalStateException("the first font of every chain must have U+FFFD");
        }
        return glyph(weight, REPLACEMENT);
    }

    /** The embedded PDF font of a shipped font file, loaded into this document on first use. */
    public PDFont pdFont(FontFiles file) {
        Loaded font = load(file);
        if (font.pdFont == null) {
            try {
                font.pdFont = PDType0Font.load(document, font.ttf, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return font.pdFont;
    }

    /** The fonts this document has embedded so far. */
    public List<FontFiles> used() {
        List<FontFiles> out = new ArrayList<>();
        loaded.forEach((k, v) -> {
            if (v.pdFont != null) {
                out.add(k);
            }
        });
        return out;
    }

    private Loaded load(FontFiles file) {
        return loaded.computeIfAbsent(file, f -> {
            try {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(f.bytes()));
                // One glyph per code point, exactly as measured: no ligatures, so every reader extracts
                // the text as typed (shaping that matters, Arabic joining, is done before, with ICU4J).
                ttf.setEnableGsub(false);
                return new Loaded(ttf, ttf.getUnicodeCmapLookup(false), 1000f / ttf.getUnitsPerEm());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static final class Loaded {
        final TrueTypeFont ttf;
        final CmapLookup cmap;
        final float scale;
        PDFont pdFont;

        Loaded(TrueTypeFont ttf, CmapLookup cmap, float scale) {
            this.ttf = ttf;
            this.cmap = cmap;
            this.scale = scale;
        }

        float advance(int gid) {
            try {
                return ttf.getAdvanceWidth(gid) * scale;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** How one code point is shown: the font, the code point actually drawn, its advance width. */
    public record Glyph(FontFiles font, int codePoint, float advance) {
    }
}

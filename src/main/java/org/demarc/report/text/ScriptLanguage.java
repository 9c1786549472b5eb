package org.demarc.report.text;

import java.util.Map;

/**
 * The language a line of text is in when its script tells it, for the PDF's per-span language
 * (a screen reader switches voice): a line whose letters are all Hebrew is Hebrew, all Hangul is
 * Korean, kana (with or without Han) Japanese, Han alone Chinese. Mixed lines, Latin and scripts
 * shared by many languages (Cyrillic) give null: the document's language then applies.
 */
public final class ScriptLanguage {
    private static final Map<Character.UnicodeScript, String> LANGUAGES = Map.of(
            Character.UnicodeScript.HEBREW, "he",
            Character.UnicodeScript.ARABIC, "ar",
            Character.UnicodeScript.HANGUL, "ko",
            Character.UnicodeScript.HIRAGANA, "ja",
            Character.UnicodeScript.KATAKANA, "ja",
            Character.UnicodeScript.HAN, "zh",
            Character.UnicodeScript.GREEK, "el",
            Character.UnicodeScript.THAI, "th",
            Character.UnicodeScript.ARMENIAN, "hy",
            Character.UnicodeScript.GEORGIAN, "ka");

    private ScriptLanguage() {
    }

    /** The language (BCP 47) of {@code text} told by its script, or null. */
    public static String of(String text) {
        String found = null;
        boolean kana = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            String lang = LANGUAGES.get(script);
            if (lang == null) {
                return null;
            }
            kana |= script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
            if (found != null && !found.equals(lang) && !isJapanese(found, lang)) {
                return null;
            }
            found = found == null || "zh".equals(found) ? lang : found;
        }
        return kana ? "ja" : found;
    }

    /** Japanese mixes kana and Han. */
    private static boolean isJapanese(String a, String b) {
        return "ja".equals(a) && "zh".equals(b) || "zh".equals(a) && "ja".equals(b);
    }
}

package org.demarc.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way to reach user-facing text. Every layer (CLI, loaders, UI) formats its messages from
 * the same bundle so a translation covers everything the user reads.
 */
public final class Messages {
    public static final String BUNDLE = "org.demarc.i18n.messages";

    /**
     * Each pattern parsed once per locale (a large report formats tens of thousands of messages);
     * a MessageFormat is not safe to share, so every use formats with a copy.
     */
    private static final Map<Locale, Map<String, MessageFormat>> PARSED = new ConcurrentHashMap<>();

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    /** The formatted text of a key; a missing key shows itself rather than failing. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        // Always through MessageFormat, so quoting ('' for an apostrophe) means the same in every message.
        Locale locale = Locale.getDefault();
        MessageFormat parsed = PARSED.computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(pattern, p -> new MessageFormat(p, locale));
        return ((MessageFormat) parsed.clone()).format(args);
    }
}

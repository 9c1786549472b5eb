package org.demarc.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one way to reach user-facing text. Every layer (CLI, loaders, UI) formats its messages from
 * the same bundle so a translation covers everything the user reads.
 */
public final class Messages {
    public static final String BUNDLE = "org.demarc.i18n.messages";

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
        return new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}

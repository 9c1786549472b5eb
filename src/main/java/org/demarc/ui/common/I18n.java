package org.demarc.ui.common;

import org.demarc.model.Messages;

/** Short access to the message bundle from views. */
public final class I18n {
    private I18n() {
    }

    public static String t(String key, Object... args) {
        return Messages.get(key, args);
    }
}

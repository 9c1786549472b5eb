package org.demarc.ui;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;
import org.demarc.io.EventLog;
import org.demarc.ui.common.DialogService;
import org.demarc.ui.common.I18n;

/**
 * The last line of defence: an exception nobody handled is written to the support log and told to
 * the user in words, instead of vanishing into a console nobody sees.
 */
final class UnexpectedErrors {
    private static final Logger LOG = EventLog.of(UnexpectedErrors.class);

    private UnexpectedErrors() {
    }

    static void install(DialogService dialogs) {
        Thread.UncaughtExceptionHandler handler = (thread, error) -> {
            LOG.log(Level.SEVERE, "unexpected error on thread " + thread.getName(), error);
            Runnable tell = () -> dialogs.showError(I18n.t("unexpected.title"),
                    I18n.t("unexpected.message", error.getClass().getSimpleName(), logName()), List.of());
            if (Platform.isFxApplicationThread()) {
                tell.run();
            } else {
                Platform.runLater(tell);
            }
        };
        Thread.setDefaultUncaughtExceptionHandler(handler);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(handler);
        }
    }

    private static String logName() {
        return EventLog.file() == null ? I18n.t("help.about.noLog") : EventLog.file().toString();
    }
}

package org.demarc.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import javafx.application.Platform;

/**
 * For the few places where the FX thread needs a result before it can go on (saving on quit): the
 * work runs in the background while a nested event loop keeps the window painting, as a modal
 * dialog would. Off the FX thread, or where no nested loop may start, it simply runs.
 */
public final class Waiting {
    private Waiting() {
    }

    public static <T> T forResult(Callable<T> work) throws Exception {
        if (!Platform.isFxApplicationThread() || !Platform.canStartNestedEventLoop()) {
            return work.call();
        }
        CompletableFuture<T> result = CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        Object key = new Object();
        result.whenComplete((v, e) -> Platform.runLater(() -> Platform.exitNestedEventLoop(key, null)));
        Platform.enterNestedEventLoop(key);
        try {
            return result.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}

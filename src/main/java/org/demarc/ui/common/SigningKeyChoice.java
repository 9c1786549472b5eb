package org.demarc.ui.common;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;

import org.demarc.report.SigningKey;
import org.demarc.report.sign.SigningKeyStore;

/**
 * Which key of a PKCS#12 store signs, asked after its password: the only key is taken without a
 * question; several are offered in a list, each alias with its certificate's name and validity. A
 * store that cannot be listed (a wrong password) goes on with no alias, so signing says what is
 * wrong in its usual words. Cancelling the list wipes the password and signs nothing.
 */
public final class SigningKeyChoice {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private SigningKeyChoice() {
    }

    /** {@code alias}: one the user named already (used as it is), or blank to choose; the store is read on {@code tasks}. */
    public static void choose(Tasks tasks, DialogService dialogs, Path store, String alias, char[] password,
                              Consumer<SigningKey> sign) {
        if (alias != null && !alias.isBlank()) {
            sign.accept(new SigningKey(store, alias.strip(), password));
            return;
        }
        tasks.job(p -> SigningKeyStore.entries(store, password))
                .onSuccess(entries -> {
                    if (entries.size() <= 1) {
                        sign.accept(new SigningKey(store, null, password));
                        return;
                    }
                    dialogs.choose(I18n.t("signing.alias.title"), I18n.t("signing.alias.message", store.getFileName()),
                                    entries.stream().map(SigningKeyChoice::label).toList())
                            .ifPresentOrElse(i -> sign.accept(new SigningKey(store, entries.get(i).alias(), password)),
                                    () -> java.util.Arrays.fill(password, '\0'));
                })
                .onError(err -> sign.accept(new SigningKey(store, null, password)))
                .start();
    }

    /** "alias — Common Name, valid 2026-01-01 to 2027-01-01". */
    static String label(SigningKeyStore.Entry e) {
        return e.notBefore() == null ? I18n.t("signing.alias.optionNoCertificate", e.alias())
                : I18n.t("signing.alias.option", e.alias(), e.commonName(), day(e.notBefore()), day(e.notAfter()));
    }

    private static String day(Instant i) {
        return DAY.format(i);
    }
}

package org.demarc.assessment;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.demarc.model.Catalog;
import org.demarc.model.Provider;
import org.demarc.model.ProviderEvidence;

/**
 * Which provider a provider-evidence entry is about, in an assessment over several providers: the
 * one its name, issuer or source names ("AWS SOC 2 Type II report", "Microsoft Service Trust
 * Portal"), by the provider's id, its full name or the first word of it. AWS SOC 2 and Azure SOC 2
 * are separate entries with their own periods, so a reader must see which is which.
 */
public final class EvidenceProviders {
    private EvidenceProviders() {
    }

    /** The provider of the catalog the entry names; empty when it names none or more than one. */
    public static Optional<Provider> of(Catalog catalog, ProviderEvidence evidence) {
        String text = String.join(" ", evidence.name(), evidence.issuer(), evidence.source());
        java.util.List<Provider> named = catalog.providers().stream().filter(p -> names(text, p)).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    private static boolean names(String text, Provider p) {
        String firstWord = p.name().strip().split("\\s+")[0];
        return word(text, p.id()) || word(text, p.name()) || word(text, firstWord);
    }

    private static boolean word(String text, String term) {
        if (term.isBlank()) {
            return false;
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])")
                .matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}

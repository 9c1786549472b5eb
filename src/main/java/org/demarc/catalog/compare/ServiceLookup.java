package org.demarc.catalog.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.demarc.model.Catalog;
import org.demarc.model.Service;

/**
 * Finds a service the way a person names it: by id ({@code aws.ec2}) or by name ("Amazon EC2"),
 * case ignored; when nothing matches, the services whose id or name come close.
 */
public final class ServiceLookup {
    /** How many near matches a message lists at most. */
    static final int MAX_SUGGESTIONS = 5;

    private final List<Catalog> catalogs;

    public ServiceLookup(List<Catalog> catalogs) {
        this.catalogs = List.copyOf(catalogs);
    }

    /** The service of that id or name; a name two providers share is not a match. */
    public Optional<Service> find(String text) {
        String wanted = normal(text);
        List<Service> all = all();
        Optional<Service> byId = all.stream().filter(s -> normal(s.id()).equals(wanted)).findFirst();
        if (byId.isPresent()) {
            return byId;
        }
        List<Service> byName = all.stream().filter(s -> normal(s.name()).equals(wanted)).toList();
        return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
    }

    /** Services whose id or name contains the text, or is a few letters away from it; closest first. */
    public List<Service> closeMatches(String text) {
        String wanted = normal(text);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Service> out = new ArrayList<>();
        for (Service s : all()) {
            if (distance(wanted, s) <= Math.max(2, wanted.length() / 4)) {
                out.add(s);
            }
        }
        out.sort(Comparator.comparingInt(s -> distance(wanted, s)));
        return out.subList(0, Math.min(MAX_SUGGESTIONS, out.size()));
    }

    private List<Service> all() {
        return catalogs.stream().flatMap(c -> c.services().stream()).toList();
    }

    /** 0 when the id or name contains the text; else the edit distance to the closer of the id, its name part, and the name. */
    private static int distance(String wanted, Service s) {
        String id = normal(s.id());
        String name = normal(s.name());
        if (id.contains(wanted) || name.contains(wanted)) {
            return 0;
        }
        String shortId = id.substring(id.indexOf('.') + 1);
        return Math.min(Math.min(edits(wanted, id), edits(wanted, shortId)), edits(wanted, name));
    }

    private static String normal(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }

    /** Levenshtein distance. */
    static int edits(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(substitute, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

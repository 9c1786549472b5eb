package org.demarc.assessment.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import org.demarc.assessment.SignOffs;
import org.demarc.catalog.CatalogFingerprint;
import org.demarc.model.Answer;
import org.demarc.model.Assessment;
import org.demarc.model.Catalog;
import org.demarc.model.Engagement;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.demarc.model.Messages;
import org.demarc.model.ReportProfile;
import org.demarc.model.Remediation;
import org.demarc.model.Signatory;

/**
 * Two assessors' copies of one assessment made into one, field by field: every answer field, every
 * scope entry, every engagement field, every gathered signatory (by name) and the history (events
 * of both, in time order). With a base (the common ancestor, as git gives it) an edit on one side
 * only is taken silently; the same field changed differently on both sides is a conflict. Without a
 * base every difference is a conflict. Pure: no files, the caller decides what to write.
 */
public final class AssessmentMerge {
    /**
     * The merged assessment (with the conflicts resolved by the preferred side, or ours), what
     * conflicted, how many changes came from theirs, and the conflicts in text fields (a value may be
     * typed for them) with our whole text.
     */
    public record Result(Assessment merged, List<MergeConflict> conflicts, int fromTheirs,
                         Map<MergeConflict, String> oursText) {
        public Result {
            conflicts = List.copyOf(conflicts);
            oursText = Map.copyOf(oursText);
        }
    }

    private AssessmentMerge() {
    }

    /**
     * @param base the common ancestor, or null
     * @throws MergeRefusedException for different catalogs, or a signed-off side without {@code reopen}
     */
    public static Result merge(Assessment base, Assessment ours, Assessment theirs, MergeOptions options) {
        return merge(base, ours, theirs, options, c -> false);
    }

    /**
     * As {@link #merge(Assessment, Assessment, Assessment, MergeOptions)}, with the conflicts a person
     * settled one by one: those {@code takeTheirs} accepts take theirs, the others ours (unless
     * {@code options} prefers theirs for all). A conflict is recognised by its place and both values,
     * as a merge of the same files without choices lists it.
     */
    public static Result merge(Assessment base, Assessment ours, Assessment theirs, MergeOptions options,
                               Predicate<MergeConflict> takeTheirs) {
        return settled(base, ours, theirs, options, c -> takeTheirs.test(c) ? Settlement.THEIRS : Settlement.OURS);
    }

    /**
     * As {@link #merge(Assessment, Assessment, Assessment, MergeOptions, Predicate)}, where a conflict
     * in a text field may also be settled with a value typed by hand ({@link Result#oursText()}
     * lists those fields); a typed value for another field keeps ours.
     */
    public static Result settled(Assessment base, Assessment ours, Assessment theirs, MergeOptions options,
                                 Function<MergeConflict, Settlement> settle) {
        refuseOtherCatalogs(ours, theirs, options.oursName(), options.theirsName());
        if (base != null) {
            refuseOtherCatalogs(ours, base, options.oursName(), options.baseName());
        }
        refuseSignedOff(ours, options.oursName(), options.reopen());
        refuseSignedOff(theirs, options.theirsName(), options.reopen());
        String reason = Messages.get("merge.reopenReason", options.oursName(), options.theirsName());
        Assessment o = open(ours, options, reason);
        Assessment t = open(theirs, options, reason);
        Assessment b = base == null ? null : open(base, options, reason);

        ThreeWay way = new ThreeWay(b != null, options.prefer(), settle);
        Engagement engagement = engagement(way, b == null ? null : b.engagement(), o.engagement(), t.engagement());
        TreeSet<String> scope = scope(way, b, o, t);
        TreeMap<String, Answer> answers = answers(way, b, o, t);
        List<Signatory> signatories = signatories(way, b, o, t);
        List<HistoryEvent> history = history(o, t);
        history.add(new HistoryEvent(options.at(), HistoryKind.MERGED, options.actor(), historyDetail(way, options)));
        TreeMap<String, String> variants = variants(way, b, o, t);
        ReportProfile profile = way.pick("report", "reportProfile", b == null ? null : b.reportProfile(),
                o.reportProfile(), t.reportProfile(), MergeText::profile);
        Assessment merged = new Assessment(engagement, o.catalog(), scope, answers, null, history, signatories,
                variants, profile);
        return new Result(merged, way.conflicts(), way.fromTheirs(), way.oursText());
    }

    private static String historyDetail(ThreeWay way, MergeOptions options) {
        String merged = Messages.get("merge.history", options.theirsName(), way.fromTheirs());
        if (way.conflicts().isEmpty()) {
            return merged;
        }
        if (way.chosenTheirs() > 0 || way.typed() > 0) {
            String chosen = merged + " " + Messages.get("merge.history.chosen", way.conflicts().size(),
                    way.chosenTheirs());
            return way.typed() == 0 ? chosen : chosen + " " + Messages.get("merge.history.typed", way.typed());
        }
        String side = Messages.get(options.prefer() == MergeSide.THEIRS ? "merge.side.theirs" : "merge.side.ours");
        return merged + " " + Messages.get("merge.history.conflicts", way.conflicts().size(), side);
    }

    private static void refuseOtherCatalogs(Assessment a, Assessment b, String aName, String bName) {
        Catalog x = a.catalog();
        Catalog y = b.catalog();
        if (!x.id().equals(y.id()) || !x.version().equals(y.version())) {
            throw new MergeRefusedException(Messages.get("merge.refused.catalog", aName, x.name(), x.version(),
                    bName, y.name(), y.version()));
        }
        if (!CatalogFingerprint.of(x).equals(CatalogFingerprint.of(y))) {
            throw new MergeRefusedException(Messages.get("merge.refused.catalogContent", aName, bName, x.name(),
                    x.version()));
        }
    }

    private static void refuseSignedOff(Assessment a, String name, boolean reopen) {
        if (a.isSignedOff() && !reopen) {
            throw new MergeRefusedException(Messages.get("merge.refused.signedOff", name));
        }
    }

    /** A signed-off side reopened, so the REOPENED event is part of what is merged. */
    private static Assessment open(Assessment a, MergeOptions options, String reason) {
        return a.isSignedOff() ? SignOffs.reopen(a, options.at(), options.actor(), reason) : a;
    }

    private static Engagement engagement(ThreeWay way, Engagement b, Engagement o, Engagement t) {
        var f = new Fields<>(way, "engagement", b, o, t);
        return new Engagement(f.text("title", Engagement::title), f.text("client", Engagement::client),
                f.text("workload", Engagement::workload), f.pick("assessors", Engagement::assessors),
                f.pick("startDate", Engagement::startDate), f.pick("endDate", Engagement::endDate),
                f.text("scopeStatement", Engagement::scopeStatement), f.pick("attendees", Engagement::attendees));
    }

    private static TreeSet<String> scope(ThreeWay way, Assessment b, Assessment o, Assessment t) {
        TreeSet<String> all = new TreeSet<>(o.scope());
        all.addAll(t.scope());
        TreeSet<String> merged = new TreeSet<>();
        for (String id : all) {
            Boolean in = way.pick("scope", id, b == null ? null : b.scope().contains(id), o.scope().contains(id),
                    t.scope().contains(id), MergeText::inScope);
            if (in) {
                merged.add(id);
            }
        }
        return merged;
    }

    /** The deployment variant per service, field by field like the scope; no entry is the default variant. */
    private static TreeMap<String, String> variants(ThreeWay way, Assessment b, Assessment o, Assessment t) {
        TreeSet<String> ids = new TreeSet<>(o.variants().keySet());
        ids.addAll(t.variants().keySet());
        if (b != null) {
            ids.addAll(b.variants().keySet());
        }
        TreeMap<String, String> merged = new TreeMap<>();
        for (String id : ids) {
            String v = way.pick(id, "deployment", b == null ? null : b.variants().get(id), o.variants().get(id),
                    t.variants().get(id), MergeText::variant);
            if (v != null) {
                merged.put(id, v);
            }
        }
        return merged;
    }

    private static TreeMap<String, Answer> answers(ThreeWay way, Assessment b, Assessment o, Assessment t) {
        TreeSet<String> ids = new TreeSet<>(o.answers().keySet());
        ids.addAll(t.answers().keySet());
        TreeMap<String, Answer> merged = new TreeMap<>();
        for (String id : ids) {
            Answer base = b == null ? null : b.answers().get(id);
            Answer ours = o.answers().get(id);
            Answer theirs = t.answers().get(id);
            Answer answer = ours == null || theirs == null
                    ? way.pick(id, "answer", base, ours, theirs, MergeText::answer)
                    : answer(new Fields<>(way, id, base, ours, theirs));
            if (answer != null) {
                merged.put(id, answer);
            }
        }
        return merged;
    }

    private static Answer answer(Fields<Answer> f) {
        Remediation remediation = new Remediation(f.text("remediation.action", a -> a.remediation().action()),
                f.text("remediation.owner", a -> a.remediation().owner()),
                f.pick("remediation.dueDate", a -> a.remediation().dueDate()));
        return new Answer(f.pick("status", Answer::status), f.text("justification", Answer::justification),
                f.text("finding", Answer::finding), f.text("comment", Answer::comment), f.text("owner", Answer::owner),
                f.pick("evidence", Answer::evidence), f.pick("providerEvidence", Answer::providerEvidence), remediation,
                f.pick("exceptions", Answer::exceptions), f.pick("flagged", Answer::flagged),
                f.pick("lastConfirmed", Answer::lastConfirmed), f.pick("confirmedBy", Answer::confirmedBy),
                f.pick("parked", Answer::parked));
    }

    /** Gathered signatories by name: ours in their order, then those only theirs has. */
    private static List<Signatory> signatories(ThreeWay way, Assessment b, Assessment o, Assessment t) {
        Map<String, Signatory> base = byName(b == null ? List.of() : b.draftSignatories());
        Map<String, Signatory> ours = byName(o.draftSignatories());
        Map<String, Signatory> theirs = byName(t.draftSignatories());
        Set<String> names = new LinkedHashSet<>(ours.keySet());
        names.addAll(theirs.keySet());
        List<Signatory> merged = new ArrayList<>();
        for (String name : names) {
            Signatory s = way.pick("signatories", name, base.get(name), ours.get(name), theirs.get(name));
            if (s != null) {
                merged.add(s);
            }
        }
        return merged;
    }

    private static Map<String, Signatory> byName(List<Signatory> list) {
        Map<String, Signatory> map = new LinkedHashMap<>();
        list.forEach(s -> map.putIfAbsent(s.name(), s));
        return map;
    }

    /** History only grows: every event of either side once, in time order (ours first at the same instant). */
    private static List<HistoryEvent> history(Assessment o, Assessment t) {
        LinkedHashSet<HistoryEvent> all = new LinkedHashSet<>(o.history());
        all.addAll(t.history());
        List<HistoryEvent> sorted = new ArrayList<>(all);
        sorted.sort(java.util.Comparator.comparing(HistoryEvent::at));
        return sorted;
    }

    /** The fields of one record on the three sides; a missing base record has no fields. */
    private record Fields<R>(ThreeWay way, String where, R base, R ours, R theirs) {
        <T> T pick(String field, Function<R, T> get) {
            return way.pick(where, field, base == null ? null : get.apply(base), get.apply(ours), get.apply(theirs));
        }

        String text(String field, Function<R, String> get) {
            return way.text(where, field, base == null ? null : get.apply(base), get.apply(ours), get.apply(theirs));
        }
    }
}

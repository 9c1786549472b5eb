package org.demarc.interop.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.demarc.model.Answer;
import org.demarc.model.Assessment;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Control;

/** Tallies findings per control as they stream by; what it keeps per control is bounded. */
final class SuggestionBuilder implements FindingSink {
    private final Assessment assessment;
    private final ControlRouter router;
    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final Map<String, Unmapped> unmapped = new LinkedHashMap<>();
    private long mapped;
    private long notMapped;

    SuggestionBuilder(Assessment assessment, ControlRouter router) {
        this.assessment = assessment;
        this.router = router;
    }

    @Override
    public void accept(ScanFinding f) {
        ControlRouter.Decision d = router.decide(f);
        if (d.controls().isEmpty()) {
            notMapped++;
            Unmapped u = unmapped.get(f.checkId());
            if (u == null && unmapped.size() < ScanLimits.MAX_UNMAPPED_KEPT) {
                u = new Unmapped(f.service(), d.requirements());
                unmapped.put(f.checkId(), u);
            }
            if (u != null) {
                u.findings++;
            }
            return;
        }
        mapped++;
        for (String control : d.controls()) {
            tallies.computeIfAbsent(control, k -> new Tally()).add(f, d);
        }
    }

    ScanSuggestions build(ScanRead read, String mappingVersion) {
        List<ControlSuggestion> out = new ArrayList<>();
        for (Control c : assessment.catalog().controls()) {
            Tally t = tallies.get(c.id());
            if (t != null) {
                Answer answer = assessment.answers().get(c.id());
                out.add(t.suggestion(c, answer, ScanImport.toolName(read), read.sha256()));
            }
        }
        List<UnmappedCheck> none = new ArrayList<>();
        unmapped.forEach((check, u) -> none.add(new UnmappedCheck(check, u.service, u.findings, u.requirements)));
        return new ScanSuggestions(read, out, none, mapped, notMapped, mappingVersion);
    }

    private static final class Unmapped {
        final String service;
        final List<String> requirements;
        long findings;

        Unmapped(String service, List<String> requirements) {
            this.service = service;
            this.requirements = requirements;
        }
    }

    /** One control's counts so far. */
    private static final class Tally {
        int passed;
        int failed;
        int manual;
        ScanSeverity severity = ScanSeverity.NONE;
        final Set<String> checks = new LinkedHashSet<>();
        final Set<String> resources = new LinkedHashSet<>();
        final Set<String> services = new LinkedHashSet<>();
        final Set<ControlRouter.Route> routes = new LinkedHashSet<>();

        void add(ScanFinding f, ControlRouter.Decision d) {
            switch (f.status()) {
                case PASS -> passed = Math.addExact(passed, 1);
                case FAIL -> {
                    failed = Math.addExact(failed, 1);
                    severity = ScanSeverity.max(severity, f.severity());
                    if (resources.size() < ScanLimits.MAX_RESOURCES_KEPT) {
                        resources.add(f.region().isEmpty() ? f.resource() : f.resource() + " (" + f.region() + ")");
                    }
                }
                case MANUAL -> manual = Math.addExact(manual, 1);
                default -> throw new IllegalStateException();
            }
            if (checks.size() < ScanLimits.MAX_CHECKS_KEPT) {
                checks.add(f.checkId());
            }
            if (!d.catalogService().isEmpty() && services.size() < ScanLimits.MAX_CHECKS_KEPT) {
                services.add(d.catalogService());
            }
            routes.add(d.route());
        }

        ControlSuggestion suggestion(Control c, Answer answer, String tool, String sha256) {
            AnswerStatus suggested = failed > 0 ? (passed > 0 ? AnswerStatus.PARTIAL : AnswerStatus.NOT_IMPLEMENTED)
                    : passed > 0 ? AnswerStatus.IMPLEMENTED : null;
            String route = String.join(",", routes.stream().map(r -> r.name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-')).toList());
            List<String> failing = List.copyOf(resources);
            ScanChange change = answer == null ? null
                    : ScanChange.since(answer.scanEvidence(), tool, sha256, failed, failing).orElse(null);
            return new ControlSuggestion(c.id(), c.title(), passed, failed, manual, severity, List.copyOf(checks),
                    failing, List.copyOf(services), route, suggested, answer != null, change);
        }
    }
}

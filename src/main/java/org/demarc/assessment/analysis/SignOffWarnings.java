package org.demarc.assessment.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.Control;
import org.demarc.model.Engagement;
import org.demarc.model.Messages;
import org.demarc.model.ProviderEvidence;

/**
 * What does not stop a sign-off but the auditor should see before signing: answers still flagged
 * for review or parked, controls called implemented with neither a finding nor evidence, and
 * provider reports whose period ended long before the workshop (a bridge letter may be needed).
 * Unlike {@link Completeness}, each of these is confirmed, not fixed.
 */
public final class SignOffWarnings {
    /** A provider report older than this, counted back from the end of the engagement, is stale. */
    public static final int STALE_MONTHS = 6;

    private SignOffWarnings() {
    }

    /**
     * The warnings, in words the auditor can act on. The workshop date is the engagement's end
     * date, else its start date, else {@code today}.
     */
    public static List<String> of(AssessmentAnalysis analysis, LocalDate today) {
        Assessment a = analysis.assessment();
        List<String> warnings = new ArrayList<>();
        List<String> flagged = ids(analysis.flagged());
        if (!flagged.isEmpty()) {
            warnings.add(Messages.get("signoffWarning.flagged", flagged.size(), Completeness.abbreviate(flagged)));
        }
        List<String> parked = ids(analysis.parked());
        if (!parked.isEmpty()) {
            warnings.add(Messages.get("signoffWarning.parked", parked.size(), Completeness.abbreviate(parked)));
        }
        List<String> unsupported = ids(analysis.asked().stream()
                .filter(c -> a.answer(c.id()).map(SignOffWarnings::implementedUnsupported).orElse(false)).toList());
        if (!unsupported.isEmpty()) {
            warnings.add(Messages.get("signoffWarning.unsupported", unsupported.size(), Completeness.abbreviate(unsupported)));
        }
        LocalDate workshop = workshopDate(a.engagement(), today);
        staleReports(analysis, workshop.minusMonths(STALE_MONTHS)).forEach((report, controls) ->
                warnings.add(Messages.get("signoffWarning.staleReport", report.name(),
                        report.issuer().isBlank() ? "\u2013" : report.issuer(), report.periodTo().toString(),
                        STALE_MONTHS, workshop.toString(), Completeness.abbreviate(controls))));
        return warnings;
    }

    static boolean implementedUnsupported(Answer a) {
        return a.status() == AnswerStatus.IMPLEMENTED && a.finding().isBlank() && a.evidence().isEmpty();
    }

    static LocalDate workshopDate(Engagement e, LocalDate today) {
        return e.endDate() != null ? e.endDate() : e.startDate() != null ? e.startDate() : today;
    }

    /** Each stale report once (one SOC 2 report often backs many controls), with the controls relying on it. */
    private static Map<StaleReport, List<String>> staleReports(AssessmentAnalysis analysis, LocalDate cutOff) {
        Map<StaleReport, List<String>> out = new LinkedHashMap<>();
        for (Control c : analysis.workList()) {
            Answer answer = analysis.assessment().answers().get(c.id());
            if (answer == null) {
                continue;
            }
            for (ProviderEvidence p : answer.providerEvidence()) {
                if (p.periodTo() != null && p.periodTo().isBefore(cutOff)) {
                    List<String> controls = out.computeIfAbsent(new StaleReport(p.name(), p.issuer(), p.periodTo()),
                            k -> new ArrayList<>());
                    if (!controls.contains(c.id())) {
                        controls.add(c.id());
                    }
                }
            }
        }
        return out;
    }

    private record StaleReport(String name, String issuer, LocalDate periodTo) {
    }

    private static List<String> ids(List<Control> controls) {
        return controls.stream().map(Control::id).toList();
    }
}

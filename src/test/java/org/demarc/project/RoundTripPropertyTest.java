package org.demarc.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

import org.demarc.assessment.ContentFingerprint;
import org.demarc.fixtures.MiniFixtures;
import org.demarc.model.Answer;
import org.demarc.model.AnswerStatus;
import org.demarc.model.Assessment;
import org.demarc.model.Attendee;
import org.demarc.model.Catalog;
import org.demarc.model.Control;
import org.demarc.model.Engagement;
import org.demarc.model.EvidenceReference;
import org.demarc.model.HistoryEvent;
import org.demarc.model.HistoryKind;
import org.demarc.model.ProviderEvidence;
import org.demarc.model.Remediation;
import org.demarc.model.Service;
import org.demarc.model.ScanEvidence;
import org.demarc.model.ServiceException;
import org.demarc.model.SignOff;
import org.demarc.model.Signatory;
import org.demarc.testing.Gen;
import org.demarc.testing.Property;
import org.junit.jupiter.api.Test;

/** Any assessment survives save and load unchanged, and its bytes do not drift. */
class RoundTripPropertyTest {
    private static final Catalog CATALOG = MiniFixtures.miniCatalog();
    private static final List<String> SERVICE_IDS = CATALOG.services().stream().map(Service::id).toList();
    private static final List<String> CONTROL_IDS = CATALOG.controls().stream().map(Control::id).toList();
    private static final String HEX = "0123456789abcdef";

    @Test
    void savedAndLoadedEqualsItself() {
        Property.tries(300).forAll(assessments(), a -> {
            byte[] bytes = ProjectWriter.toBytes(a);
            Assessment back = new ProjectReader().read(bytes).value();
            assertThat(back).isEqualTo(a);
            assertThat(ProjectWriter.toBytes(back)).isEqualTo(bytes);
            assertThat(ContentFingerprint.of(back)).isEqualTo(ContentFingerprint.of(a));
            assertThat(ProjectSchemas.violations(ProjectSchemas.ASSESSMENT_ID, bytes)).isEmpty();
        });
    }

    static Gen<Assessment> assessments() {
        Gen<Engagement> engagement = engagement();
        Gen<Answer> answer = answer();
        Gen<SignOff> signOff = signOff().orNull(0.5);
        Gen<List<HistoryEvent>> history = history();
        Gen<List<String>> scope = Gen.subsetOf(SERVICE_IDS);
        Gen<List<String>> answered = Gen.subsetOf(CONTROL_IDS);
        return s -> {
            Engagement e = engagement.next(s);
            TreeSet<String> inScope = new TreeSet<>(scope.next(s));
            TreeMap<String, Answer> answers = new TreeMap<>();
            for (String id : new TreeSet<>(answered.next(s))) {
                answers.put(id, answer.next(s));
            }
            return new Assessment(e, CATALOG, inScope, answers, signOff.next(s), history.next(s));
        };
    }

    /** Any UTF-16 text, lone surrogates and control characters included. */
    private static Gen<String> text() {
        return Gen.strings(0, 40);
    }

    private static Gen<String> name() {
        return Gen.strings(1, 20).filter(x -> !x.isBlank());
    }

    private static Gen<LocalDate> date() {
        return Gen.ints(-36_000, 60_000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
    }

    private static Gen<Instant> instant() {
        return Gen.longs(0, 4_000_000_000L).map(Instant::ofEpochSecond);
    }

    private static Gen<Engagement> engagement() {
        Gen<String> text = text();
        Gen<List<String>> assessors = name().list(3);
        Gen<LocalDate> date = date().orNull(0.3);
        Gen<Attendee> attendee = s -> new Attendee(text.next(s), text.next(s), text.next(s));
        Gen<List<Attendee>> attendees = attendee.list(3);
        return s -> new Engagement(text.next(s), text.next(s), text.next(s), assessors.next(s), date.next(s),
                date.next(s), text.next(s), attendees.next(s));
    }

    private static Gen<Answer> answer() {
        Gen<String> text = text();
        Gen<String> name = name();
        Gen<String> sha = Gen.strings(HEX, 64);
        Gen<EvidenceReference> evidence = s -> new EvidenceReference(name.next(s), sha.next(s),
                Gen.longs(0, Long.MAX_VALUE).next(s), text.next(s));
        Gen<LocalDate> date3 = date().orNull(0.3);
        Gen<ProviderEvidence> provider = s -> new ProviderEvidence(name.next(s), text.next(s), date3.next(s),
                date3.next(s), date3.next(s), text.next(s), text.next(s));
        Gen<LocalDate> date5 = date().orNull(0.5);
        Gen<Remediation> remediation = s -> new Remediation(text.next(s), text.next(s), date5.next(s));
        Gen<ServiceException> exception = s -> new ServiceException(Gen.of(SERVICE_IDS).next(s),
                Gen.of(AnswerStatus.class).next(s), text.next(s));
        Gen<List<EvidenceReference>> evidences = evidence.list(3);
        Gen<List<ProviderEvidence>> providers = provider.list(2);
        Gen<List<ServiceException>> exceptions = exception.list(2);
        Gen<LocalDate> confirmed = date().orNull(0.4);
        Gen<Integer> count = s -> Gen.longs(0, 50_000).next(s).intValue();
        Gen<List<String>> texts = text.list(3);
        Gen<ScanEvidence> scan = s -> new ScanEvidence(name.next(s), name.next(s), sha.next(s),
                Gen.longs(0, Long.MAX_VALUE).next(s), date3.next(s), count.next(s), count.next(s), count.next(s),
                text.next(s), texts.next(s), texts.next(s));
        Gen<List<ScanEvidence>> scans = scan.list(2);
        return s -> new Answer(Gen.of(AnswerStatus.class).next(s), text.next(s), text.next(s), text.next(s),
                text.next(s), evidences.next(s), providers.next(s), remediation.next(s), exceptions.next(s),
                Gen.booleans().next(s), confirmed.next(s), text.next(s), Gen.booleans().next(s), scans.next(s));
    }

    private static Gen<SignOff> signOff() {
        Gen<String> text = text();
        Gen<String> name = name();
        Gen<LocalDate> date = date();
        Gen<Signatory> signatory = s -> new Signatory(name.next(s), text.next(s), text.next(s), date.next(s),
                text.next(s));
        Gen<List<Signatory>> signatories = signatory.list(1, 3);
        Gen<String> sha = Gen.strings(HEX, 64);
        Gen<Instant> instant = instant();
        // Any base64 text round-trips; whether it is a valid signature is the verifier's question.
        Gen<String> signature = Gen.strings("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 8)
                .orNull(0.5);
        return s -> new SignOff(signatories.next(s), sha.next(s), instant.next(s), signature.next(s));
    }

    private static Gen<List<HistoryEvent>> history() {
        Gen<Instant> instant = instant();
        Gen<String> text = text();
        Gen<HistoryEvent> event = s -> new HistoryEvent(instant.next(s), Gen.of(HistoryKind.class).next(s),
                text.next(s), text.next(s));
        return event.list(4);
    }
}

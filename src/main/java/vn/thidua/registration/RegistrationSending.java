package vn.thidua.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.thidua.catalogue.AwardKind;
import vn.thidua.catalogue.AwardTypeSummary;
import vn.thidua.catalogue.CatalogueService;
import vn.thidua.shared.Dates;
import vn.thidua.submission.BoardRow;
import vn.thidua.submission.RoundData;
import vn.thidua.submission.RoundKind;
import vn.thidua.submission.RoundService;
import vn.thidua.submission.RoundSummary;
import vn.thidua.submission.SendRequest;
import vn.thidua.submission.SubmissionItem;
import vn.thidua.submission.SubmissionService;
import vn.thidua.submission.SubmissionStatus;
import vn.thidua.submission.SubmissionSummary;

/**
 * Registration lists sent up through the submission mechanism ({@link RoundKind#REGISTRATION}): the upper unit opens
 * a receiving round for the school year; each member unit sends its list (one item per person or collective and
 * title, so the receiver's counts per category are the totals per title); the receiver accepts or returns it with
 * the existing {@link SubmissionService} and sees its members' lists with the totals per title.
 */
@Service
public class RegistrationSending {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final RegistrationService registrations;
    private final RoundService rounds;
    private final SubmissionService submissions;
    private final CatalogueService catalogue;

    RegistrationSending(
            RegistrationService registrations,
            RoundService rounds,
            SubmissionService submissions,
            CatalogueService catalogue) {
        this.registrations = registrations;
        this.rounds = rounds;
        this.submissions = submissions;
        this.catalogue = catalogue;
    }

    // ---- the sending unit ----

    /** Receiving rounds of units above the active unit, for the school year of {@code registrationRoundId}. */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE')")
    public List<RoundSummary> receivingRounds(long registrationRoundId) {
        String year = registrations.round(registrationRoundId).schoolYear();
        return rounds.visible().stream()
                .filter(r ->
                        r.kind() == RoundKind.REGISTRATION && !r.ownedByActiveUnit() && year.equals(r.schoolYear()))
                .toList();
    }

    /**
     * Sends the round's list (registered staff and collectives) into an upper unit's receiving round. Idempotent by
     * {@code idempotencyKey}; a list waiting for a decision or accepted cannot be sent again.
     */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE') and hasRole('SUBMISSION_SEND')")
    public SubmissionSummary send(long registrationRoundId, long receivingRoundId, String idempotencyKey) {
        RegistrationOverview o = registrations.overview(registrationRoundId, VI);
        List<SubmissionItem> items = new ArrayList<>();
        int seq = 0;
        for (StaffRow r : o.staff()) {
            if (!r.registered()) {
                continue;
            }
            for (String code : r.registration().titleCodes()) {
                items.add(item(++seq, code, "INDIVIDUAL", r.displayName(), r.registration(), r.position()));
            }
        }
        for (RegistrationSummary c : o.collectives()) {
            for (String code : c.titleCodes()) {
                items.add(item(++seq, code, "COLLECTIVE", c.name(), c, null));
            }
        }
        return submissions.send(new SendRequest(
                RoundKind.REGISTRATION,
                receivingRoundId,
                registrationRoundId,
                idempotencyKey,
                o.round().name(),
                items,
                List.of()));
    }

    private static SubmissionItem item(
            int seq, String code, String subject, String label, RegistrationSummary r, String position) {
        Map<String, String> data = new HashMap<>();
        if (position != null) {
            data.put("position", position);
        }
        if (r.commitment() != null) {
            data.put("commitment", r.commitment());
        }
        if (r.modelCandidate()) {
            data.put("modelField", r.modelField());
        }
        return new SubmissionItem(seq, code, subject, label, null, null, null, null, r.id(), data);
    }

    /** Every version of the round's list the active unit sent, newest first. */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE')")
    public List<SubmissionSummary> history(long registrationRoundId) {
        registrations.round(registrationRoundId);
        return submissions.history(RoundKind.REGISTRATION, registrationRoundId);
    }

    // ---- the receiving unit ----

    /**
     * Opens a round in which the active unit's member units send their registration lists; every emulation title in
     * force may be listed.
     */
    @PreAuthorize("hasRole('ROUND_MANAGE')")
    public RoundSummary openReceivingRound(String name, String schoolYear, LocalDate deadline) {
        Set<String> titles = catalogue.awardTypes(deadline == null ? Dates.today() : deadline).stream()
                .filter(t -> t.kind() == AwardKind.TITLE)
                .map(AwardTypeSummary::code)
                .collect(Collectors.toSet());
        return rounds.open(RoundKind.REGISTRATION, new RoundData(name, schoolYear, deadline, titles, null, 0));
    }

    /** The receiving rounds the active unit opened. */
    @PreAuthorize("hasRole('SUBMISSION_REVIEW')")
    public List<RoundSummary> myReceivingRounds() {
        return rounds.visible().stream()
                .filter(r -> r.kind() == RoundKind.REGISTRATION && r.ownedByActiveUnit())
                .toList();
    }

    /** Member units with their latest list in a receiving round. */
    @PreAuthorize("hasRole('SUBMISSION_REVIEW')")
    public List<BoardRow> board(long receivingRoundId) {
        if (rounds.get(receivingRoundId).kind() != RoundKind.REGISTRATION) {
            throw new vn.thidua.shared.NotFoundException("registration receiving round");
        }
        return submissions.board(receivingRoundId);
    }

    /**
     * Totals per title over the members' latest lists that wait for a decision or were accepted (returned lists are
     * not counted): title code → registrations.
     */
    public static Map<String, Integer> totals(List<BoardRow> board) {
        Map<String, Integer> totals = new TreeMap<>();
        for (BoardRow row : board) {
            SubmissionSummary s = row.latest();
            if (s != null && s.status() != SubmissionStatus.RETURNED) {
                s.categoryCounts().forEach((code, n) -> totals.merge(code, n, Integer::sum));
            }
        }
        return totals;
    }
}

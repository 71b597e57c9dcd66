package vn.thidua.nomination;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.nomination.domain.Disclosure;
import vn.thidua.nomination.domain.DisclosureCommentRepository;
import vn.thidua.nomination.domain.DisclosureRepository;
import vn.thidua.nomination.domain.Nominee;
import vn.thidua.shared.Dates;

/**
 * The checklist line of the public disclosure window: the current list was published, the window of N working days
 * is over, and every comment was answered.
 */
@Component
class DisclosureCheck {

    private final DisclosureRepository disclosures;
    private final DisclosureCommentRepository comments;

    DisclosureCheck(DisclosureRepository disclosures, DisclosureCommentRepository comments) {
        this.disclosures = disclosures;
        this.comments = comments;
    }

    ChecklistLine line(long unitId, long dossierId, int days, List<Nominee> nominees) {
        List<Disclosure> published = disclosures.findForDossier(unitId, dossierId);
        if (published.isEmpty()) {
            return new ChecklistLine("nomination.check.disclosure.missing", List.of(String.valueOf(days)), false);
        }
        Disclosure latest = published.getFirst();
        if (!latest.getListHash().equals(hash(nominees))) {
            return new ChecklistLine("nomination.check.disclosure.changed", List.of(), false);
        }
        if (!Dates.today().isAfter(latest.getUntil())) {
            return new ChecklistLine(
                    "nomination.check.disclosure.open", List.of(Dates.format(latest.getUntil())), false);
        }
        long unanswered = comments.findFor(latest.getId()).stream()
                .filter(c -> c.getAnswer() == null)
                .count();
        if (unanswered > 0) {
            return new ChecklistLine(
                    "nomination.check.disclosure.unanswered", List.of(String.valueOf(unanswered)), false);
        }
        return new ChecklistLine("nomination.check.disclosure.done", List.of(Dates.format(latest.getUntil())), true);
    }

    /** The list as published: award, name and work unit of each nominee, in order. */
    static String hash(List<Nominee> nominees) {
        StringBuilder sb = new StringBuilder();
        nominees.forEach(n -> sb.append(n.getAwardCode())
                .append('|')
                .append(n.getFullName())
                .append('|')
                .append(n.getWorkUnit())
                .append('\n'));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code days} working days (Monday–Friday) after {@code from}. Public holidays are not modelled. */
    static LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate d = from;
        int added = 0;
        while (added < days) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return d;
    }
}

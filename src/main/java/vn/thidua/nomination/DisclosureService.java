package vn.thidua.nomination;

import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.identity.CurrentUser;
import vn.thidua.identity.PortalPrincipal;
import vn.thidua.nomination.domain.Disclosure;
import vn.thidua.nomination.domain.DisclosureComment;
import vn.thidua.nomination.domain.DisclosureCommentRepository;
import vn.thidua.nomination.domain.DisclosureRepository;
import vn.thidua.nomination.domain.DossierRepository;
import vn.thidua.nomination.domain.NomineeRepository;
import vn.thidua.shared.AuditEvent;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Dates;
import vn.thidua.shared.NotFoundException;
import vn.thidua.submission.RoundService;
import vn.thidua.submission.RoundSummary;

/**
 * Public disclosure (công khai) of a proposed list, when the round asks for it: the unit publishes its list to its
 * whole subtree for N working days, anyone there may comment while it is open, the unit answers every comment;
 * only then may the list be sent up (a checklist line of the dossier).
 */
@Service
@Transactional(readOnly = true)
public class DisclosureService {

    private static final int MIN_TEXT = 5;

    private final DisclosureRepository disclosures;
    private final DisclosureCommentRepository comments;
    private final DossierRepository dossiers;
    private final NomineeRepository nominees;
    private final NominationService nominations;
    private final RoundService rounds;
    private final ApplicationEventPublisher events;

    DisclosureService(
            DisclosureRepository disclosures,
            DisclosureCommentRepository comments,
            DossierRepository dossiers,
            NomineeRepository nominees,
            NominationService nominations,
            RoundService rounds,
            ApplicationEventPublisher events) {
        this.disclosures = disclosures;
        this.comments = comments;
        this.dossiers = dossiers;
        this.nominees = nominees;
        this.nominations = nominations;
        this.rounds = rounds;
        this.events = events;
    }

    /** Publishes the dossier's current list for the round's number of working days. */
    @PreAuthorize("hasRole('SUBMISSION_PREPARE')")
    @Transactional
    public DisclosureSummary publish(long dossierId) {
        PortalPrincipal me = CurrentUser.require();
        DossierDetails d = nominations.details(dossierId);
        RoundSummary round = rounds.get(d.summary().roundId());
        if (round.disclosureDays() == 0) {
            throw new BusinessException("disclosure.error.notRequired");
        }
        if (!d.summary().editable()) {
            throw new BusinessException("submission.error.waiting");
        }
        if (d.nominees().isEmpty()) {
            throw new BusinessException("submission.error.empty");
        }
        var list = nominees.findByDossier(dossierId);
        StringBuilder items = new StringBuilder();
        for (NomineeSummary n : d.nominees()) {
            items.append(n.seq())
                    .append(". ")
                    .append(n.fullName())
                    .append(" — ")
                    .append(n.awardName())
                    .append(n.workUnit() == null ? "" : " — " + n.workUnit())
                    .append('\n');
        }
        Disclosure disclosure = disclosures.save(new Disclosure(
                me.activeUnitId(),
                me.activeUnitPath(),
                me.activeUnitName(),
                dossierId,
                d.summary().title(),
                me.displayName(),
                DisclosureCheck.addWorkingDays(Dates.today(), round.disclosureDays()),
                DisclosureCheck.hash(list),
                items.toString()));
        events.publishEvent(new AuditEvent(
                me.activeUnitId(),
                "DISCLOSURE",
                String.valueOf(disclosure.getId()),
                "PUBLISHED",
                "until: %s; items: %d".formatted(Dates.format(disclosure.getUntil()), list.size())));
        return toSummary(disclosure, me);
    }

    /** The latest publication of one of the active unit's dossiers. */
    @PreAuthorize("hasRole('SUBMISSION_PREPARE')")
    public Optional<DisclosureSummary> forDossier(long dossierId) {
        PortalPrincipal me = CurrentUser.require();
        dossiers.findById(dossierId).orElseThrow(() -> new NotFoundException("dossier"));
        return disclosures.findForDossier(me.activeUnitId(), dossierId).stream()
                .findFirst()
                .map(d -> toSummary(d, me));
    }

    /** Lists published by the active unit or any unit above it. */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    public List<DisclosureSummary> visible() {
        PortalPrincipal me = CurrentUser.require();
        return disclosures.findVisible(me.activeUnitPath()).stream()
                .map(d -> toSummary(d, me))
                .toList();
    }

    /** Comments on a published list while its window is open. */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    @Transactional
    public void comment(long disclosureId, String text) {
        PortalPrincipal me = CurrentUser.require();
        Disclosure d = disclosures
                .findVisible(disclosureId, me.activeUnitPath())
                .orElseThrow(() -> new NotFoundException("disclosure"));
        if (Dates.today().isAfter(d.getUntil())) {
            throw new BusinessException("disclosure.error.closed", Dates.format(d.getUntil()));
        }
        String t = checkText(text);
        comments.save(new DisclosureComment(d.getId(), me.displayName(), me.activeUnitName(), t));
        events.publishEvent(new AuditEvent(
                d.getPublisherUnitId(), "DISCLOSURE", String.valueOf(d.getId()), "COMMENTED", "comment: " + t));
    }

    /** The publishing unit answers a comment (required before sending). */
    @PreAuthorize("hasRole('SUBMISSION_PREPARE')")
    @Transactional
    public void answer(long commentId, String text) {
        PortalPrincipal me = CurrentUser.require();
        DisclosureComment c = comments.findById(commentId).orElseThrow(() -> new NotFoundException("comment"));
        Disclosure d = disclosures
                .findVisible(c.getDisclosureId(), me.activeUnitPath())
                .orElseThrow(() -> new NotFoundException("comment"));
        if (d.getPublisherUnitId() != me.activeUnitId()) {
            throw new AccessDeniedException("Only the publishing unit answers");
        }
        String t = checkText(text);
        c.answer(t, me.displayName());
        comments.save(c);
        events.publishEvent(
                new AuditEvent(me.activeUnitId(), "DISCLOSURE", String.valueOf(d.getId()), "ANSWERED", "answer: " + t));
    }

    private static String checkText(String text) {
        String t = text == null ? "" : text.trim();
        if (t.length() < MIN_TEXT || t.length() > 2000) {
            throw new BusinessException("disclosure.error.text", MIN_TEXT);
        }
        return t;
    }

    private DisclosureSummary toSummary(Disclosure d, PortalPrincipal me) {
        return new DisclosureSummary(
                d.getId(),
                d.getDossierId(),
                d.getPublisherName(),
                d.getTitle(),
                d.getPublishedAt(),
                d.getPublishedBy(),
                d.getUntil(),
                !Dates.today().isAfter(d.getUntil()),
                d.getPublisherUnitId() == me.activeUnitId(),
                d.getItems().lines().toList(),
                comments.findFor(d.getId()).stream()
                        .map(c -> new DisclosureSummary.Comment(
                                c.getId(),
                                c.getAuthorName(),
                                c.getAuthorUnitName(),
                                c.getText(),
                                c.getCreatedAt(),
                                c.getAnswer(),
                                c.getAnsweredBy()))
                        .toList());
    }
}

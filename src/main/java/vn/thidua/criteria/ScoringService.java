package vn.thidua.criteria;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.criteria.domain.CardTotal;
import vn.thidua.criteria.domain.ScoreCard;
import vn.thidua.criteria.domain.ScoreCardRepository;
import vn.thidua.criteria.domain.ScoreSheetRepository;
import vn.thidua.document.XlsxRenderer;
import vn.thidua.document.XlsxTable;
import vn.thidua.identity.CurrentUser;
import vn.thidua.identity.PortalPrincipal;
import vn.thidua.shared.AuditEvent;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Changes;
import vn.thidua.shared.NotFoundException;
import vn.thidua.submission.FileService;
import vn.thidua.submission.StoredFileSummary;
import vn.thidua.tenancy.TenantScope;

/**
 * Scoring with evidence. Each person self-assesses their own card of a period (values per criterion, evidence files
 * stored by the submission module's {@link FileService}) and submits it; a reviewer (tổ / thư ký, SCORE_REVIEW)
 * adjusts values with a comment; the board (BGH, SCORE_CONFIRM) confirms. Values are checked against the criteria
 * before anything is written. Totals are recomputed from the lines at every change; the year score, band and rank
 * are computed by {@link ScoringMath} from the recorded (submitted or later) cards.
 */
@Service
@Transactional(readOnly = true)
public class ScoringService {

    private final ScoreSheetRepository sheets;
    private final ScoreCardRepository cards;
    private final ScoreSheetService sheetService;
    private final CriteriaCodec codec;
    private final FileService files;
    private final TenantScope scope;
    private final ApplicationEventPublisher events;

    ScoringService(
            ScoreSheetRepository sheets,
            ScoreCardRepository cards,
            ScoreSheetService sheetService,
            CriteriaCodec codec,
            FileService files,
            TenantScope scope,
            ApplicationEventPublisher events) {
        this.sheets = sheets;
        this.cards = cards;
        this.sheetService = sheetService;
        this.codec = codec;
        this.files = files;
        this.scope = scope;
        this.events = events;
    }

    // --- self-assessment -------------------------------------------------------------------------------------

    /** The current user's card of a period (an empty draft if none was saved yet). */
    @PreAuthorize("hasRole('SCORE_SELF')")
    public ScoreCardView myCard(long sheetId, String periodCode) {
        PortalPrincipal me = CurrentUser.require();
        ScoreSheetSummary sheet = sheetOf(sheetId, periodCode);
        return cards.findBySheetIdAndPeriodCodeAndUserId(sheetId, periodCode, me.userId())
                .map(c -> view(c, sheet))
                .orElseGet(() -> new ScoreCardView(
                        null,
                        sheetId,
                        periodCode,
                        me.userId(),
                        me.displayName(),
                        ScoreStatus.DRAFT,
                        sheet.criteria().stream()
                                .map(c -> new ScoreLine(c.code(), null, null, List.of(), null))
                                .toList(),
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        null,
                        null,
                        null,
                        null,
                        -1));
    }

    /** The current user's cards of a sheet, one per period saved. */
    @PreAuthorize("hasRole('SCORE_SELF')")
    public List<ScoreCardView> myCards(long sheetId) {
        PortalPrincipal me = CurrentUser.require();
        ScoreSheetSummary sheet = sheetService.get(sheetId);
        return cards.findBySheetIdAndUserIdOrderByPeriodCode(sheetId, me.userId()).stream()
                .map(c -> view(c, sheet))
                .toList();
    }

    /**
     * Saves the current user's self-assessed values of a period (by criterion code; null = not entered). Refused —
     * and nothing written — if a value is out of its criterion's range or the card was already submitted.
     */
    @PreAuthorize("hasRole('SCORE_SELF')")
    @Transactional
    public ScoreCardView saveSelf(long sheetId, String periodCode, Map<String, BigDecimal> values) {
        PortalPrincipal me = CurrentUser.require();
        ScoreSheetSummary sheet = sheetOf(sheetId, periodCode);
        Map<String, BigDecimal> clean = checkedValues(sheet, values);
        ScoreCard card = ownDraft(sheet, periodCode, me);
        Map<String, ScoreLine> old = byCode(codec.lines(card.getLines()));
        List<ScoreLine> lines = sheet.criteria().stream()
                .map(c -> {
                    ScoreLine o = old.get(c.code());
                    return new ScoreLine(
                            c.code(),
                            clean.get(c.code()),
                            null,
                            o == null ? List.of() : o.evidence(),
                            o == null ? null : o.comment());
                })
                .toList();
        boolean created = card.getId() == null;
        String before = created ? null : String.valueOf(card.getSelfTotal());
        store(card, lines, sheet);
        cards.saveAndFlush(card);
        audit(
                me,
                card,
                created ? "CREATED" : "UPDATED",
                Changes.of().set("period", periodCode).diff("selfTotal", before, String.valueOf(card.getSelfTotal())));
        return view(card, sheet);
    }

    /** Attaches an evidence file to a criterion of the current user's draft card of a period. */
    @PreAuthorize("hasRole('SCORE_SELF')")
    @Transactional
    public ScoreCardView addEvidence(
            long sheetId, String periodCode, String criterionCode, String fileName, byte[] content) {
        PortalPrincipal me = CurrentUser.require();
        ScoreSheetSummary sheet = sheetOf(sheetId, periodCode);
        if (sheet.criteria().stream().noneMatch(c -> c.code().equals(criterionCode))) {
            throw new NotFoundException("criterion");
        }
        ScoreCard card = ownDraft(sheet, periodCode, me);
        StoredFileSummary file = files.store(fileName, content);
        Map<String, ScoreLine> old = byCode(codec.lines(card.getLines()));
        List<ScoreLine> lines = sheet.criteria().stream()
                .map(c -> {
                    ScoreLine o = old.getOrDefault(c.code(), new ScoreLine(c.code(), null, null, List.of(), null));
                    if (!c.code().equals(criterionCode)) {
                        return o;
                    }
                    List<Evidence> ev = new ArrayList<>(o.evidence());
                    ev.add(new Evidence(file.id(), file.fileName()));
                    return new ScoreLine(o.code(), o.selfValue(), o.reviewValue(), ev, o.comment());
                })
                .toList();
        store(card, lines, sheet);
        cards.saveAndFlush(card);
        audit(
                me,
                card,
                "EVIDENCE_ADDED",
                Changes.of().set("criterion", criterionCode).set("file", file.id()));
        return view(card, sheet);
    }

    /** Submits the current user's card of a period; evidence-required criteria that give points need a file. */
    @PreAuthorize("hasRole('SCORE_SELF')")
    @Transactional
    public ScoreCardView submit(long sheetId, String periodCode) {
        PortalPrincipal me = CurrentUser.require();
        ScoreSheetSummary sheet = sheetOf(sheetId, periodCode);
        ScoreCard card = cards.findBySheetIdAndPeriodCodeAndUserId(sheetId, periodCode, me.userId())
                .orElseThrow(() -> new BusinessException("criteria.score.error.nothingToSubmit"));
        if (card.getStatus() != ScoreStatus.DRAFT) {
            throw new BusinessException("criteria.score.error.submitted");
        }
        Map<String, ScoreLine> lines = byCode(codec.lines(card.getLines()));
        for (Criterion c : sheet.criteria()) {
            ScoreLine l = lines.get(c.code());
            BigDecimal v = l == null ? null : l.selfValue();
            boolean givesPoints = c.type() != ScoringType.DEDUCTION && v != null && v.signum() > 0;
            if (c.evidenceRequired() && givesPoints && l.evidence().isEmpty()) {
                throw new BusinessException("criteria.score.error.evidence", c.code(), c.title());
            }
        }
        card.submit(Instant.now());
        cards.saveAndFlush(card);
        audit(me, card, "SUBMITTED", Changes.of().set("period", periodCode).set("total", card.getTotal()));
        return view(card, sheet);
    }

    // --- review --------------------------------------------------------------------------------------------

    /** Every card of the unit for a period (drafts included, marked so), by name. */
    @PreAuthorize("hasRole('SCORE_REVIEW')")
    public List<ScoreCardView> cards(long sheetId, String periodCode) {
        ScoreSheetSummary sheet = sheetOf(sheetId, periodCode);
        return cards.findBySheetIdAndPeriodCodeOrderByPersonName(sheetId, periodCode).stream()
                .map(c -> view(c, sheet))
                .toList();
    }

    /** A card of the unit; "not found" for another unit's (tenant-filtered) or, for staff, another person's. */
    @PreAuthorize("hasAnyRole('SCORE_REVIEW', 'SCORE_SELF')")
    public ScoreCardView card(long cardId) {
        PortalPrincipal me = CurrentUser.require();
        ScoreCard c = cards.findById(cardId).orElseThrow(() -> new NotFoundException("score card"));
        if (c.getUserId() != me.userId() && !me.can(vn.thidua.shared.Permission.SCORE_REVIEW)) {
            throw new NotFoundException("score card");
        }
        return view(c, sheetService.get(c.getSheetId()));
    }

    /**
     * The reviewer's adjustment of a submitted (or reviewed) card: values by criterion code (null keeps the
     * self-assessed value); a change needs a comment. Refused, with nothing written, if a value is out of range.
     */
    @PreAuthorize("hasRole('SCORE_REVIEW')")
    @Transactional
    public ScoreCardView review(long cardId, long version, Map<String, BigDecimal> adjusted, String comment) {
        PortalPrincipal me = CurrentUser.require();
        ScoreCard card = cards.findById(cardId).orElseThrow(() -> new NotFoundException("score card"));
        if (card.getVersion() != version) {
            throw new BusinessException("common.error.concurrent");
        }
        if (card.getStatus() != ScoreStatus.SUBMITTED && card.getStatus() != ScoreStatus.REVIEWED) {
            throw new BusinessException("criteria.score.error.notSubmitted");
        }
        ScoreSheetSummary sheet = sheetService.get(card.getSheetId());
        Map<String, BigDecimal> clean = checkedValues(sheet, adjusted);
        Map<String, ScoreLine> old = byCode(codec.lines(card.getLines()));
        Changes changes = Changes.of().set("period", card.getPeriodCode());
        boolean changed = false;
        List<ScoreLine> lines = new ArrayList<>();
        for (Criterion c : sheet.criteria()) {
            ScoreLine o = old.getOrDefault(c.code(), new ScoreLine(c.code(), null, null, List.of(), null));
            BigDecimal v = clean.get(c.code());
            BigDecimal review = v == null || same(v, o.selfValue()) ? null : v;
            if (!same(review, o.reviewValue())) {
                changed = true;
                changes.diff(c.code(), o.effectiveValue(), review == null ? o.selfValue() : review);
            }
            lines.add(new ScoreLine(o.code(), o.selfValue(), review, o.evidence(), o.comment()));
        }
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        boolean adjustedAny = lines.stream().anyMatch(l -> l.reviewValue() != null);
        if (adjustedAny && note == null) {
            throw new BusinessException("criteria.score.error.commentRequired");
        }
        store(card, lines, sheet);
        card.review(note, me.displayName(), Instant.now());
        cards.saveAndFlush(card);
        audit(me, card, "REVIEWED", changes.set("total", card.getTotal()).set("comment", changed ? note : null));
        return view(card, sheet);
    }

    /** The board's confirmation of a submitted or reviewed card: its total is final. */
    @PreAuthorize("hasRole('SCORE_CONFIRM')")
    @Transactional
    public ScoreCardView confirm(long cardId, long version) {
        PortalPrincipal me = CurrentUser.require();
        ScoreCard card = cards.findById(cardId).orElseThrow(() -> new NotFoundException("score card"));
        if (card.getVersion() != version) {
            throw new BusinessException("common.error.concurrent");
        }
        if (card.getStatus() != ScoreStatus.SUBMITTED && card.getStatus() != ScoreStatus.REVIEWED) {
            throw new BusinessException("criteria.score.error.notSubmitted");
        }
        card.confirm(me.displayName(), Instant.now());
        cards.saveAndFlush(card);
        audit(
                me,
                card,
                "CONFIRMED",
                Changes.of().set("period", card.getPeriodCode()).set("total", card.getTotal()));
        return view(card, sheetService.get(card.getSheetId()));
    }

    // --- results -------------------------------------------------------------------------------------------

    /** The unit's ranking of a sheet: year score of the recorded periods, band (quotas applied) and rank. */
    @PreAuthorize("hasAnyRole('SCORE_REVIEW', 'AWARD_VIEW')")
    public List<YearResult> ranking(long sheetId) {
        return ranking(sheetService.get(sheetId));
    }

    /** The recorded year results of the active unit's sheets of a school year (for the council and eligibility). */
    @PreAuthorize("hasAnyRole('SCORE_REVIEW', 'AWARD_VIEW')")
    public List<YearResult> yearResults(String schoolYear) {
        return sheets.findBySchoolYearOrderByNameAsc(schoolYear).stream()
                .flatMap(s -> ranking(sheetService.summary(s)).stream())
                .toList();
    }

    /** The same for a unit of the active subtree (the subtree is checked by {@link TenantScope}). */
    @PreAuthorize("hasAnyRole('SCORE_REVIEW', 'AWARD_VIEW')")
    public List<YearResult> yearResults(long unitId, String schoolYear) {
        return scope.readInUnit(unitId, () -> sheets.findBySchoolYearOrderByNameAsc(schoolYear).stream()
                .flatMap(s -> ranking(sheetService.summary(s)).stream())
                .toList());
    }

    /** The ranking as an XLSX sheet (headers in the given labels, already translated by the caller). */
    @PreAuthorize("hasAnyRole('SCORE_REVIEW', 'AWARD_VIEW')")
    public byte[] exportRanking(long sheetId, List<String> titleLines, List<String> columns) {
        ScoreSheetSummary sheet = sheetService.get(sheetId);
        List<List<String>> rows = ranking(sheet).stream()
                .map(r -> List.of(
                        String.valueOf(r.rank()),
                        r.personName(),
                        ScoringMath.plain(r.total()),
                        r.band() == null ? "" : r.band(),
                        r.periodsRecorded() + "/" + r.periodsTotal()))
                .toList();
        return XlsxRenderer.render(List.of(new XlsxTable(sheet.name(), titleLines, columns, rows, null)));
    }

    List<YearResult> ranking(ScoreSheetSummary sheet) {
        Map<Long, Map<String, BigDecimal>> totals = new LinkedHashMap<>();
        Map<Long, String> names = new HashMap<>();
        Map<Long, Boolean> confirmed = new HashMap<>();
        for (CardTotal t : cards.totals(sheet.id())) {
            if (t.status().recorded() && sheet.period(t.periodCode()) != null) {
                totals.computeIfAbsent(t.userId(), k -> new HashMap<>()).put(t.periodCode(), t.total());
                names.put(t.userId(), t.personName());
                confirmed.merge(t.userId(), t.status() == ScoreStatus.CONFIRMED, Boolean::logicalAnd);
            }
        }
        record Scored(long userId, BigDecimal score) {}
        List<Scored> scored = totals.entrySet().stream()
                .map(e -> new Scored(
                        e.getKey(), ScoringMath.yearScore(sheet.periods(), sheet.aggregation(), e.getValue())))
                .sorted(Comparator.comparing(Scored::score)
                        .reversed()
                        .thenComparing(s -> names.get(s.userId()), vn.thidua.shared.Text.VIETNAMESE))
                .toList();
        Map<Scored, Integer> ranks = ScoringMath.ranks(scored, Scored::score);
        List<String> bands = ScoringMath.classify(
                sheet.bands(), scored.stream().map(Scored::score).toList(), scored.size());
        List<YearResult> result = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            result.add(new YearResult(
                    sheet.id(),
                    s.userId(),
                    names.get(s.userId()),
                    s.score(),
                    bands.get(i),
                    ranks.get(s),
                    totals.get(s.userId()).size(),
                    sheet.periods().size(),
                    confirmed.get(s.userId())));
        }
        return result;
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private ScoreSheetSummary sheetOf(long sheetId, String periodCode) {
        ScoreSheetSummary sheet = sheetService.get(sheetId);
        if (sheet.period(periodCode) == null) {
            throw new NotFoundException("period");
        }
        return sheet;
    }

    private ScoreCard ownDraft(ScoreSheetSummary sheet, String periodCode, PortalPrincipal me) {
        ScoreCard card = cards.findBySheetIdAndPeriodCodeAndUserId(sheet.id(), periodCode, me.userId())
                .orElseGet(() -> new ScoreCard(sheet.id(), periodCode, me.userId(), me.displayName()));
        if (card.getStatus() != ScoreStatus.DRAFT) {
            throw new BusinessException("criteria.score.error.submitted");
        }
        return card;
    }

    /** The values with unknown codes refused and every value checked against its criterion (nothing is written). */
    private static Map<String, BigDecimal> checkedValues(ScoreSheetSummary sheet, Map<String, BigDecimal> values) {
        Map<String, BigDecimal> clean = new HashMap<>();
        Map<String, Criterion> byCode = new HashMap<>();
        sheet.criteria().forEach(c -> byCode.put(c.code(), c));
        values.forEach((code, v) -> {
            Criterion c = byCode.get(code);
            if (c == null) {
                throw new NotFoundException("criterion " + code);
            }
            if (v != null) {
                ScoringMath.points(c, v);
                clean.put(code, v);
            }
        });
        return clean;
    }

    private void store(ScoreCard card, List<ScoreLine> lines, ScoreSheetSummary sheet) {
        Map<String, BigDecimal> self = new HashMap<>();
        Map<String, BigDecimal> effective = new HashMap<>();
        for (ScoreLine l : lines) {
            if (l.selfValue() != null) {
                self.put(l.code(), l.selfValue());
            }
            if (l.effectiveValue() != null) {
                effective.put(l.code(), l.effectiveValue());
            }
        }
        card.setLines(
                codec.writeLines(lines),
                ScoringMath.total(sheet.criteria(), self),
                ScoringMath.total(sheet.criteria(), effective));
    }

    private ScoreCardView view(ScoreCard c, ScoreSheetSummary sheet) {
        Map<String, ScoreLine> stored = byCode(codec.lines(c.getLines()));
        List<ScoreLine> lines = sheet.criteria().stream()
                .map(cr -> stored.getOrDefault(cr.code(), new ScoreLine(cr.code(), null, null, List.of(), null)))
                .toList();
        return new ScoreCardView(
                c.getId(),
                c.getSheetId(),
                c.getPeriodCode(),
                c.getUserId(),
                c.getPersonName(),
                c.getStatus(),
                lines,
                c.getSelfTotal(),
                c.getTotal(),
                c.getReviewComment(),
                c.getReviewedBy(),
                c.getConfirmedBy(),
                c.getSubmittedAt(),
                c.getVersion());
    }

    private static Map<String, ScoreLine> byCode(List<ScoreLine> lines) {
        Map<String, ScoreLine> m = new HashMap<>();
        lines.forEach(l -> m.put(l.code(), l));
        return m;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private void audit(PortalPrincipal me, ScoreCard c, String action, Changes changes) {
        events.publishEvent(new AuditEvent(
                me.activeUnitId(),
                "SCORE_CARD",
                c.getId() == null ? "new" : String.valueOf(c.getId()),
                action,
                changes.toString()));
    }
}

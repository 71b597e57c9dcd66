package vn.thidua.criteria;

import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.criteria.domain.ScoreCardRepository;
import vn.thidua.criteria.domain.ScoreSheet;
import vn.thidua.criteria.domain.ScoreSheetRepository;
import vn.thidua.identity.CurrentUser;
import vn.thidua.identity.PortalPrincipal;
import vn.thidua.shared.AuditEvent;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Changes;
import vn.thidua.shared.NotFoundException;

/**
 * Score sheets of the active unit: built from a published criteria set (the unit's own or one above it), whose
 * criteria are frozen into the sheet; periods, aggregation, bands and review day are data checked by
 * {@link ScoringMath#checkSheet}. A sheet with scores is no longer edited.
 */
@Service
@Transactional(readOnly = true)
public class ScoreSheetService {

    private final ScoreSheetRepository sheets;
    private final ScoreCardRepository cards;
    private final CriteriaService criteria;
    private final CriteriaCodec codec;
    private final ApplicationEventPublisher events;

    ScoreSheetService(
            ScoreSheetRepository sheets,
            ScoreCardRepository cards,
            CriteriaService criteria,
            CriteriaCodec codec,
            ApplicationEventPublisher events) {
        this.sheets = sheets;
        this.cards = cards;
        this.criteria = criteria;
        this.codec = codec;
        this.events = events;
    }

    @PreAuthorize("hasAnyRole('SCORE_SELF', 'SCORE_REVIEW', 'CRITERIA_MANAGE')")
    public List<ScoreSheetSummary> list() {
        return sheets.findAllByOrderBySchoolYearDescNameAsc().stream()
                .map(this::summary)
                .toList();
    }

    /** A sheet of the active unit; "not found" for another unit's (tenant-filtered). */
    @PreAuthorize("hasAnyRole('SCORE_SELF', 'SCORE_REVIEW', 'CRITERIA_MANAGE')")
    public ScoreSheetSummary get(long id) {
        return summary(find(id));
    }

    @PreAuthorize("hasRole('CRITERIA_MANAGE')")
    @Transactional
    public ScoreSheetSummary create(ScoreSheetData data) {
        PortalPrincipal me = CurrentUser.require();
        CriteriaSetSummary set = publishedSet(data.criteriaSetId());
        ScoringMath.checkSheet(data, set.criteria());
        ScoreSheet s = new ScoreSheet(set.schoolYear(), set.subject());
        write(s, data, set, me);
        sheets.saveAndFlush(s);
        audit(
                me,
                s,
                "CREATED",
                Changes.of()
                        .set("name", s.getName())
                        .set("criteriaSet", set.id())
                        .set("max", data.maxPoints()));
        return summary(s);
    }

    /** Changes a sheet that has no scores yet. */
    @PreAuthorize("hasRole('CRITERIA_MANAGE')")
    @Transactional
    public ScoreSheetSummary update(long id, long version, ScoreSheetData data) {
        PortalPrincipal me = CurrentUser.require();
        ScoreSheet s = find(id);
        if (s.getVersion() != version) {
            throw new BusinessException("common.error.concurrent");
        }
        if (cards.existsBySheetId(id)) {
            throw new BusinessException("criteria.sheet.error.inUse");
        }
        CriteriaSetSummary set = publishedSet(data.criteriaSetId());
        ScoringMath.checkSheet(data, set.criteria());
        if (!set.schoolYear().equals(s.getSchoolYear()) || set.subject() != s.getSubject()) {
            throw new BusinessException("criteria.sheet.error.otherYear");
        }
        String oldSettings = s.getSettings();
        String oldCriteria = s.getCriteria();
        write(s, data, set, me);
        sheets.saveAndFlush(s);
        audit(
                me,
                s,
                "UPDATED",
                Changes.of()
                        .diff("settings", oldSettings, s.getSettings())
                        .diff("criteria", oldCriteria, s.getCriteria()));
        return summary(s);
    }

    ScoreSheet find(long id) {
        return sheets.findById(id).orElseThrow(() -> new NotFoundException("score sheet"));
    }

    ScoreSheetSummary summary(ScoreSheet s) {
        CriteriaCodec.SheetSettings st = codec.settings(s.getSettings());
        return new ScoreSheetSummary(
                s.getId(),
                s.getName(),
                s.getCriteriaSetId(),
                s.getSchoolYear(),
                s.getSubject(),
                s.getMaxPoints(),
                codec.criteria(s.getCriteria()),
                st.periods(),
                st.aggregation(),
                st.divisor(),
                st.bands(),
                st.reviewDay(),
                s.getVersion());
    }

    private CriteriaSetSummary publishedSet(long setId) {
        return criteria.publishedForSheet(setId).orElseThrow(() -> new BusinessException("criteria.sheet.error.set"));
    }

    private void write(ScoreSheet s, ScoreSheetData d, CriteriaSetSummary set, PortalPrincipal me) {
        s.update(
                d.name().strip(),
                set.id(),
                d.maxPoints(),
                codec.writeCriteria(set.criteria()),
                codec.writeSettings(new CriteriaCodec.SheetSettings(
                        d.periods(),
                        d.aggregation(),
                        d.aggregation() == Aggregation.WEIGHTED ? d.divisor() : null,
                        d.bands(),
                        d.reviewDay())),
                Instant.now(),
                me.displayName());
    }

    private void audit(PortalPrincipal me, ScoreSheet s, String action, Changes changes) {
        events.publishEvent(new AuditEvent(
                me.activeUnitId(), "SCORE_SHEET", String.valueOf(s.getId()), action, changes.toString()));
    }
}

package vn.thidua.criteria;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.criteria.domain.CriteriaSet;
import vn.thidua.criteria.domain.CriteriaSetRepository;
import vn.thidua.identity.CurrentUser;
import vn.thidua.identity.PortalPrincipal;
import vn.thidua.shared.AuditEvent;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Changes;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Text;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.UnitSuperior;

/**
 * Criteria sets (bộ tiêu chí thi đua). A unit drafts a set (blank, or built from a set published by a unit above it:
 * the upper criteria are copied as inherited, read-only, and local criteria are added), publishes it (frozen, then
 * read by the units below) and changes a published set only by a new version. Reads go through one decision (ADR
 * 0013): the unit's own sets, and the published sets of the units it reports or reported to.
 */
@Service
@Transactional(readOnly = true)
public class CriteriaService {

    private final CriteriaSetRepository sets;
    private final OrgUnitService orgUnits;
    private final CriteriaCodec codec;
    private final ApplicationEventPublisher events;

    CriteriaService(
            CriteriaSetRepository sets,
            OrgUnitService orgUnits,
            CriteriaCodec codec,
            ApplicationEventPublisher events) {
        this.sets = sets;
        this.orgUnits = orgUnits;
        this.codec = codec;
        this.events = events;
    }

    /** The unit's own sets (drafts only for those who keep criteria), then the sets published above it. */
    @PreAuthorize("hasAnyRole('CRITERIA_MANAGE', 'SCORE_REVIEW')")
    public List<CriteriaSetSummary> visible() {
        PortalPrincipal me = CurrentUser.require();
        List<CriteriaSetSummary> result = new ArrayList<>();
        sets.findOwnAll(me.activeUnitId()).stream()
                .filter(s -> s.getStatus() == CriteriaSetStatus.PUBLISHED
                        || me.can(vn.thidua.shared.Permission.CRITERIA_MANAGE))
                .forEach(s -> result.add(summary(s, me)));
        sets.findPublishedBy(superiorIds(me)).forEach(s -> result.add(summary(s, me)));
        return result;
    }

    /** The published sets of the units above the active unit. */
    @PreAuthorize("hasAnyRole('CRITERIA_MANAGE', 'SCORE_REVIEW')")
    public List<CriteriaSetSummary> publishedAbove() {
        PortalPrincipal me = CurrentUser.require();
        return sets.findPublishedBy(superiorIds(me)).stream()
                .map(s -> summary(s, me))
                .toList();
    }

    /** A set the active unit may read; "not found" otherwise (also for another unit's set typed in a URL). */
    @PreAuthorize("hasAnyRole('CRITERIA_MANAGE', 'SCORE_REVIEW')")
    public CriteriaSetSummary get(long id) {
        PortalPrincipal me = CurrentUser.require();
        return readable(id, me).map(s -> summary(s, me)).orElseThrow(() -> new NotFoundException("criteria set"));
    }

    /** Starts an empty draft set of the active unit. */
    @PreAuthorize("hasRole('CRITERIA_MANAGE')")
    @Transactional
    public CriteriaSetSummary create(String name, String schoolYear, SubjectType subject) {
        PortalPrincipal me = CurrentUser.require();
        String n = checkName(name);
        if (schoolYear == null || !schoolYear.matches("\\d{4}-\\d{4}") || subject == null) {
            throw new BusinessException("criteria.error.yearSubject");
        }
        CriteriaSet s = new CriteriaSet(
                me.activeUnitId(), me.activeUnitPath(), me.activeUnitName(), n, schoolYear, subject, 1, null, null);
        s.update(n, codec.writeCriteria(List.of()), Instant.now(), me.displayName());
        sets.saveAndFlush(s);
        audit(
                me,
                s,
                "CREATED",
                Changes.of().set("name", n).set("schoolYear", schoolYear).set("subject", subject));
        return summary(s, me);
    }

    /** Starts the unit's own draft set from a set published above it: its criteria copied as inherited. */
    @PreAuthorize("hasRole('CRITERIA_MANAGE')")
    @Transactional
    public CriteriaSetSummary deriveFrom(long upperSetId) {
        PortalPrincipal me = CurrentUser.require();
        CriteriaSet upper = sets.findPublishedByAny(upperSetId, superiorIds(me))
                .orElseThrow(() -> new NotFoundException("criteria set"));
        List<Criterion> inherited = codec.criteria(upper.getCriteria()).stream()
                .map(Criterion::asInherited)
                .toList();
        CriteriaSet s = new CriteriaSet(
                me.activeUnitId(),
                me.activeUnitPath(),
                me.activeUnitName(),
                upper.getName(),
                upper.getSchoolYear(),
                upper.getSubject(),
                1,
                null,
                upper.getId());
        s.update(upper.getName(), codec.writeCriteria(inherited), Instant.now(), me.displayName());
        sets.saveAndFlush(s);
        audit(me, s, "CREATED", Changes.of().set("from", upper.getUnitName() + " #" + upper.getId()));
        return summary(s, me);
    }

    /**
     * Saves a draft set's name and local criteria. Inherited criteria stay as they are stored (they come from the
     * upper set and cannot be changed or removed here); the local ones replace the previous local ones.
     */
    @PreAuthorize("hasRole('CRITERIA_MANAGE')")
    @Transactional
    public CriteriaSetSummary save(long id, long version, String name, List<Criterion> localCriteria) {
        PortalPrincipal me = CurrentUser.require();
        CriteriaSet s = ownDraft(id, version, me);
        String n = checkName(name);
        List<Criterion> stored = codec.criteria(s.getCriteria());
        List<Criterion> all =
                new ArrayList<>(stored.stream().filter(Criterion::inherited).toList());
        localCriteria.stream()
                .map(c -> new Criterion(
                        c.code() == null ? null : c.code().strip(),
                        c.title() == null ? null : c.title().strip(),
                        c.maxPoints(),
                        c.type(),
                        c.type() == ScoringType.DEDUCTION ? c.perOccurrence() : null,
                        c.floor(),
                        c.evidenceRequired(),
                        false))
                .forEach(all::add);
        ScoringMath.checkCriteria(all);
        String old = describe(stored);
        String oldName = s.getName();
        s.update(n, codec.writeCriteria(all), Instant.now(), me.displayName());
        sets.saveAndFlush(s);
        audit(me, s, "UPDATED", Changes.of().diff("name", oldName, n).diff("criteria", old, describe(all)));
        return summary(s, me);
    }

    /** Publishes a draft: frozen from now on, read by the units below. */
    @PreAuthorize("hasRole('CRITERIA_MANAGE')")
    @Transactional
    public CriteriaSetSummary publish(long id, long version) {
        PortalPrincipal me = CurrentUser.require();
        CriteriaSet s = ownDraft(id, version, me);
        List<Criterion> criteria = codec.criteria(s.getCriteria());
        if (criteria.isEmpty()) {
            throw new BusinessException("criteria.error.empty");
        }
        ScoringMath.checkCriteria(criteria);
        s.publish(Instant.now());
        sets.saveAndFlush(s);
        audit(me, s, "PUBLISHED", Changes.of().set("criteria", criteria.size()));
        return summary(s, me);
    }

    /** A new draft version of a published set of the unit (the published one stays as it is). */
    @PreAuthorize("hasRole('CRITERIA_MANAGE')")
    @Transactional
    public CriteriaSetSummary newVersion(long id) {
        PortalPrincipal me = CurrentUser.require();
        CriteriaSet old = sets.findOwn(id, me.activeUnitId()).orElseThrow(() -> new NotFoundException("criteria set"));
        if (old.getStatus() != CriteriaSetStatus.PUBLISHED) {
            throw new BusinessException("criteria.error.notPublished");
        }
        if (sets.hasNextVersion(me.activeUnitId(), id)) {
            throw new BusinessException("criteria.error.hasNextVersion");
        }
        CriteriaSet s = new CriteriaSet(
                me.activeUnitId(),
                me.activeUnitPath(),
                me.activeUnitName(),
                old.getName(),
                old.getSchoolYear(),
                old.getSubject(),
                old.getVersionNo() + 1,
                old.getId(),
                old.getParentSetId());
        s.update(old.getName(), old.getCriteria(), Instant.now(), me.displayName());
        sets.saveAndFlush(s);
        audit(me, s, "CREATED", Changes.of().set("version", s.getVersionNo()).set("previous", old.getId()));
        return summary(s, me);
    }

    /** A published set the active unit may build a score sheet from (its own or one above it), or empty. */
    Optional<CriteriaSetSummary> publishedForSheet(long id) {
        PortalPrincipal me = CurrentUser.require();
        return readable(id, me)
                .filter(s -> s.getStatus() == CriteriaSetStatus.PUBLISHED)
                .map(s -> summary(s, me));
    }

    private Optional<CriteriaSet> readable(long id, PortalPrincipal me) {
        Optional<CriteriaSet> own = sets.findOwn(id, me.activeUnitId())
                .filter(s -> s.getStatus() == CriteriaSetStatus.PUBLISHED
                        || me.can(vn.thidua.shared.Permission.CRITERIA_MANAGE));
        return own.isPresent() ? own : sets.findPublishedByAny(id, superiorIds(me));
    }

    private CriteriaSet ownDraft(long id, long version, PortalPrincipal me) {
        CriteriaSet s = sets.findOwn(id, me.activeUnitId()).orElseThrow(() -> new NotFoundException("criteria set"));
        if (s.getStatus() != CriteriaSetStatus.DRAFT) {
            throw new BusinessException("criteria.error.frozen");
        }
        if (s.getVersion() != version) {
            throw new BusinessException("common.error.concurrent");
        }
        return s;
    }

    /** "1 Phẩm chất… (SCALE 20); 2 …" for the audit log. */
    private static String describe(List<Criterion> criteria) {
        return criteria.stream()
                .map(c -> c.code() + " " + shorten(c.title()) + " (" + c.type() + " " + ScoringMath.plain(c.maxPoints())
                        + (c.evidenceRequired() ? ", evidence" : "") + ")")
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private static String shorten(String title) {
        return title == null || title.length() <= 40 ? title : title.substring(0, 39) + "…";
    }

    private static String checkName(String name) {
        String n = Text.blankToNull(name);
        if (n == null || n.length() > 500) {
            throw new BusinessException("criteria.error.name");
        }
        return n.strip();
    }

    /** The ids of every unit above the viewer, ever; never empty (a query "in ()" is not portable). */
    private List<Long> superiorIds(PortalPrincipal me) {
        List<Long> ids = orgUnits.superiorsOf(me.activeUnitId()).stream()
                .map(UnitSuperior::unitId)
                .distinct()
                .toList();
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    private CriteriaSetSummary summary(CriteriaSet s, PortalPrincipal me) {
        return new CriteriaSetSummary(
                s.getId(),
                s.getUnitId(),
                s.getUnitName(),
                s.getName(),
                s.getSchoolYear(),
                s.getSubject(),
                s.getVersionNo(),
                s.getStatus(),
                s.getParentSetId(),
                s.getUnitId() == me.activeUnitId(),
                codec.criteria(s.getCriteria()),
                s.getVersion());
    }

    private void audit(PortalPrincipal me, CriteriaSet s, String action, Changes changes) {
        events.publishEvent(new AuditEvent(
                me.activeUnitId(), "CRITERIA_SET", String.valueOf(s.getId()), action, changes.toString()));
    }
}

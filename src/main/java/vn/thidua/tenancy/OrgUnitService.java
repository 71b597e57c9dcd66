package vn.thidua.tenancy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Text;
import vn.thidua.tenancy.domain.OrgUnit;
import vn.thidua.tenancy.domain.OrgUnitRepository;
import vn.thidua.tenancy.domain.ReportingLine;
import vn.thidua.tenancy.domain.ReportingLineRepository;

/**
 * Queries over the dated org tree. The tree is shared reference data; methods named {@code visible…} restrict
 * to the active unit's subtree (what a user may browse), the others serve other modules.
 */
@Service
@Transactional(readOnly = true)
public class OrgUnitService {

    private final OrgUnitRepository units;
    private final ReportingLineRepository lines;

    /** Deeper than any real hierarchy (Sở → office → school); stops a cycle in bad data. */
    private static final int MAX_DEPTH = 8;

    OrgUnitService(OrgUnitRepository units, ReportingLineRepository lines) {
        this.units = units;
        this.lines = lines;
    }

    public Optional<OrgUnitSummary> find(long id) {
        return units.findById(id).map(OrgUnit::toSummary);
    }

    public OrgUnitSummary get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("org unit " + id));
    }

    public Optional<OrgUnitSummary> findByCode(String code) {
        return units.findByCode(code).map(OrgUnit::toSummary);
    }

    /** The unit and all its descendants (current tree), ordered by depth then name. */
    public List<OrgUnitSummary> subtree(long rootId) {
        return units.findSubtree(get(rootId).path()).stream()
                .map(OrgUnit::toSummary)
                .toList();
    }

    /** Ancestors from the root down to the direct parent (current tree). */
    public List<OrgUnitSummary> ancestors(long id) {
        OrgUnitSummary unit = get(id);
        List<OrgUnitSummary> result = new ArrayList<>();
        Arrays.stream(unit.path().split("/"))
                .filter(s -> !s.isEmpty())
                .map(Long::parseLong)
                .filter(ancestorId -> ancestorId != id)
                .forEach(ancestorId -> find(ancestorId).ifPresent(result::add));
        return result;
    }

    /** Active units strictly below {@code rootId} on {@code date}, counted by type (one grouped query). */
    public java.util.Map<OrgUnitType, Long> countBelowByType(long rootId, LocalDate date) {
        java.util.Map<OrgUnitType, Long> counts = new java.util.EnumMap<>(OrgUnitType.class);
        for (Object[] row : units.countByTypeBelow(get(rootId).path(), date)) {
            counts.put((OrgUnitType) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** The names of the given units, by id, in one query (unknown ids are absent). */
    public java.util.Map<Long, String> names(java.util.Collection<Long> ids) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            units.namesOf(ids).forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    /** The names of the ancestors of {@code unit} (root first), in one query: "Sở … › UBND xã …". */
    public List<String> ancestorNames(OrgUnitSummary unit) {
        List<Long> ids = Arrays.stream(unit.path().split("/"))
                .filter(s -> !s.isEmpty())
                .map(Long::parseLong)
                .filter(id -> id != unit.id())
                .toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        units.namesOf(ids).forEach(row -> names.put((Long) row[0], (String) row[1]));
        return ids.stream().map(names::get).toList();
    }

    /** The unit {@code id} reported to on {@code date}, from the dated reporting lines. */
    public Optional<OrgUnitSummary> reportsTo(long id, LocalDate date) {
        return lines.findOn(id, date).stream().findFirst().flatMap(line -> find(line.getParentId()));
    }

    /**
     * The units that reported to {@code parentId} on {@code date} (dated reporting lines) and were active then,
     * e.g. the member units a round's opener expects a submission from. Plain reference data: no user needed.
     */
    public List<OrgUnitSummary> membersOn(long parentId, LocalDate date) {
        List<Long> ids = lines.findMembersOn(parentId, date).stream()
                .map(ReportingLine::getUnitId)
                .toList();
        return units.findAllById(ids).stream()
                .map(OrgUnit::toSummary)
                .filter(u -> u.activeOn(date))
                .sorted(Comparator.comparing(OrgUnitSummary::id))
                .toList();
    }

    /**
     * Every unit {@code unitId} reported to, directly or through its parents, with the dates of that relation
     * (dated reporting lines: a school that moved from a district office to a commune office in 2025 has both).
     */
    public List<UnitSuperior> superiorsOf(long unitId) {
        List<UnitSuperior> result = new ArrayList<>();
        collectSuperiors(unitId, LocalDate.MIN, LocalDate.MAX, result, 0);
        return result;
    }

    private void collectSuperiors(long unitId, LocalDate from, LocalDate to, List<UnitSuperior> out, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (ReportingLine line : lines.findByUnitIdOrderByValidFrom(unitId)) {
            LocalDate lineTo = line.getValidTo() == null ? LocalDate.MAX : line.getValidTo();
            LocalDate f = line.getValidFrom().isAfter(from) ? line.getValidFrom() : from;
            LocalDate t = lineTo.isBefore(to) ? lineTo : to;
            if (!f.isAfter(t)) {
                out.add(new UnitSuperior(line.getParentId(), f, t.equals(LocalDate.MAX) ? null : t));
                collectSuperiors(line.getParentId(), f, t, out, depth + 1);
            }
        }
    }

    /** Units of the subtree of {@code rootId} that were active on {@code date}. */
    public List<OrgUnitSummary> activeOn(long rootId, LocalDate date) {
        return subtree(rootId).stream().filter(u -> u.activeOn(date)).toList();
    }

    public List<OrgUnitSummary> successors(long id) {
        return units.findById(id).stream()
                .flatMap(u -> u.getSuccessors().stream())
                .map(OrgUnit::toSummary)
                .toList();
    }

    public boolean isInSubtree(long ancestorId, long unitId) {
        return get(unitId).path().startsWith(get(ancestorId).path());
    }

    /** A unit of the active unit's subtree, or empty (also for ids outside it). */
    public Optional<OrgUnitSummary> findVisible(long id) {
        String activePath = activePath();
        return find(id).filter(u -> u.path().startsWith(activePath));
    }

    /** Children of a visible unit (active on {@code activeOn}, or all if null), paged, for the lazy tree. */
    public List<OrgUnitSummary> visibleChildren(long parentId, LocalDate activeOn, int offset, int limit) {
        OrgUnitSummary parent = findVisible(parentId).orElseThrow(() -> new NotFoundException("org unit " + parentId));
        return units.findChildren(parent.id(), activeOn, page(offset, limit)).stream()
                .map(OrgUnit::toSummary)
                .toList();
    }

    public long countVisibleChildren(long parentId, LocalDate activeOn) {
        return findVisible(parentId)
                .map(u -> units.countChildren(u.id(), activeOn))
                .orElse(0L);
    }

    /** Search the active subtree by name/code, type, depth and activity date; paged. */
    public List<OrgUnitSummary> searchVisible(OrgUnitFilter filter, int offset, int limit) {
        return units
                .search(
                        activePath(),
                        Text.likePattern(filter.text()),
                        filter.type(),
                        filter.depth(),
                        filter.activeOn(),
                        page(offset, limit))
                .stream()
                .map(OrgUnit::toSummary)
                .toList();
    }

    public long countVisible(OrgUnitFilter filter) {
        return units.countSearch(
                activePath(), Text.likePattern(filter.text()), filter.type(), filter.depth(), filter.activeOn());
    }

    private static String activePath() {
        return TenantContext.principal()
                .map(TenantPrincipal::activeUnitPath)
                .orElseThrow(() -> new NotFoundException("no active unit"));
    }

    private static PageRequest page(int offset, int limit) {
        int size = Math.max(1, limit);
        return PageRequest.of(offset / size, size);
    }

    /** Search criteria of the tree view; null fields do not filter. */
    public record OrgUnitFilter(String text, OrgUnitType type, Integer depth, LocalDate activeOn) {}
}

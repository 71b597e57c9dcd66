package vn.thidua.exemplar;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.exemplar.domain.Exemplar;
import vn.thidua.exemplar.domain.ExemplarEntry;
import vn.thidua.exemplar.domain.ExemplarEntryRepository;
import vn.thidua.exemplar.domain.ExemplarRepository;
import vn.thidua.identity.CurrentUser;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.OrgUnitSummary;
import vn.thidua.tenancy.TenantScope;

/**
 * Exemplar dashboards: the active unit's counts, and the same counts over its subtree, read unit by unit through
 * {@link TenantScope#readInUnit} (each unit's rows under its own tenant; nothing outside the subtree).
 */
@Service
@Transactional(readOnly = true)
public class ExemplarDashboard {

    private final ExemplarRepository exemplars;
    private final ExemplarEntryRepository entries;
    private final OrgUnitService orgUnits;
    private final TenantScope scope;

    ExemplarDashboard(
            ExemplarRepository exemplars, ExemplarEntryRepository entries, OrgUnitService orgUnits, TenantScope scope) {
        this.exemplars = exemplars;
        this.entries = entries;
        this.orgUnits = orgUnits;
        this.scope = scope;
    }

    /** The active unit's exemplars, every phase. */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    public ExemplarStats unit() {
        return count();
    }

    /** The active unit and every unit below it. */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public ExemplarStats subtree() {
        List<OrgUnitSummary> units = orgUnits.subtree(CurrentUser.require().activeUnitId());
        ExemplarStats total = new ExemplarStats(0, 0, Map.of(), Map.of(), 0, 0);
        for (OrgUnitSummary u : units) {
            total = plus(total, scope.readInUnit(u.id(), this::count));
        }
        return total;
    }

    /** Counts of the tenant in scope (tenant-filtered repositories). */
    private ExemplarStats count() {
        Map<Long, ExemplarStage> stage = new HashMap<>();
        int participants = 0;
        int reached = 0;
        for (ExemplarEntry e : entries.findAll()) {
            stage.merge(e.getExemplarId(), e.getStage(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            if (e.getStage() == ExemplarStage.NHAN_RONG) {
                participants += e.getParticipants() == null ? 0 : e.getParticipants();
                reached += e.getUnitsReached() == null ? 0 : e.getUnitsReached();
            }
        }
        Map<ExemplarStage, Integer> byStage = new EnumMap<>(ExemplarStage.class);
        Map<ExemplarField, Integer> byField = new EnumMap<>(ExemplarField.class);
        List<Exemplar> all = exemplars.findAll();
        for (Exemplar x : all) {
            ExemplarStage s = stage.get(x.getId());
            if (s != null) {
                byStage.merge(s, 1, Integer::sum);
            }
            byField.merge(x.getField(), 1, Integer::sum);
        }
        return new ExemplarStats(1, all.size(), byStage, byField, participants, reached);
    }

    private static ExemplarStats plus(ExemplarStats a, ExemplarStats b) {
        Map<ExemplarStage, Integer> byStage = new EnumMap<>(ExemplarStage.class);
        byStage.putAll(a.byStage());
        b.byStage().forEach((k, v) -> byStage.merge(k, v, Integer::sum));
        Map<ExemplarField, Integer> byField = new EnumMap<>(ExemplarField.class);
        byField.putAll(a.byField());
        b.byField().forEach((k, v) -> byField.merge(k, v, Integer::sum));
        return new ExemplarStats(
                a.units() + b.units(),
                a.exemplars() + b.exemplars(),
                byStage,
                byField,
                a.participants() + b.participants(),
                a.unitsReached() + b.unitsReached());
    }
}

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

/**
 * The active unit's exemplar counts (its own tenant's rows). The counts across a subtree are the dashboard's, read
 * from the reporting read model (module {@code reporting}), never unit by unit here.
 */
@Service
@Transactional(readOnly = true)
public class ExemplarDashboard {

    private final ExemplarRepository exemplars;
    private final ExemplarEntryRepository entries;
    private final OrgUnitService orgUnits;

    ExemplarDashboard(ExemplarRepository exemplars, ExemplarEntryRepository entries, OrgUnitService orgUnits) {
        this.exemplars = exemplars;
        this.entries = entries;
        this.orgUnits = orgUnits;
    }

    /** The active unit's exemplars, every phase. */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    public ExemplarStats unit() {
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
        return new ExemplarStats(all.size(), byStage, byField, participants, reached);
    }

    /** Whether the active unit has member units (whose exemplars its dashboard counts). */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    public boolean hasMembers() {
        return orgUnits.countVisibleChildren(CurrentUser.require().activeUnitId(), vn.thidua.shared.Dates.today()) > 0;
    }
}

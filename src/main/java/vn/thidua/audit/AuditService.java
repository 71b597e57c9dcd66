package vn.thidua.audit;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.domain.AuditEntry;
import vn.thidua.audit.domain.AuditEntryRepository;
import vn.thidua.identity.CurrentUser;
import vn.thidua.identity.PortalPrincipal;
import vn.thidua.shared.AuditEvent;
import vn.thidua.shared.Text;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.OrgUnitSummary;

/**
 * Writes {@link AuditEvent}s synchronously in the publisher's transaction (MANDATORY: a change outside a
 * transaction is a bug) and lets administrators read the log of their unit and its subtree.
 */
@Service
public class AuditService {

    private final AuditEntryRepository entries;
    private final OrgUnitService orgUnits;

    AuditService(AuditEntryRepository entries, OrgUnitService orgUnits) {
        this.entries = entries;
        this.orgUnits = orgUnits;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEvent event) {
        OrgUnitSummary unit = orgUnits.get(event.unitId());
        entries.save(new AuditEntry(
                Instant.now(),
                actor(),
                unit.id(),
                unit.path(),
                event.entityType(),
                event.entityId(),
                event.action(),
                event.changes()));
    }

    /** Audit rows of the active unit and every unit below it, newest first. */
    @PreAuthorize("hasRole('AUDIT_VIEW')")
    @Transactional(readOnly = true)
    public List<AuditEntrySummary> entries(String filter, int offset, int limit) {
        int size = Math.max(1, limit);
        Map<Long, String> names = new HashMap<>();
        return entries
                .findInSubtree(activePath(), Text.likePattern(filter), PageRequest.of(offset / size, size))
                .stream()
                .map(a -> new AuditEntrySummary(
                        a.getId(),
                        a.getOccurredAt(),
                        a.getActor(),
                        a.getUnitId(),
                        names.computeIfAbsent(
                                a.getUnitId(), id -> orgUnits.get(id).name()),
                        a.getEntityType(),
                        a.getEntityId(),
                        a.getAction(),
                        a.getChanges()))
                .toList();
    }

    @PreAuthorize("hasRole('AUDIT_VIEW')")
    @Transactional(readOnly = true)
    public long count(String filter) {
        return entries.countInSubtree(activePath(), Text.likePattern(filter));
    }

    private static String activePath() {
        return CurrentUser.require().activeUnitPath();
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PortalPrincipal p) {
            return p.username();
        }
        return CurrentUser.get().map(PortalPrincipal::username).orElse("system");
    }
}

package vn.thidua.tenancy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work under an explicit tenant, in a new transaction (so a new Hibernate session picks up the tenant).
 *
 * <ul>
 *   <li>{@link #inUnit}: a unit of the active unit's subtree — an office administrator managing a member school.
 *       The subtree check is made here, once.
 *   <li>{@link #deliverUp}: the one upward write — a copy for exactly the unit the active unit reports to (a
 *       submission landing in the receiver's inbox), in the caller's transaction (ADR 0002, 0008).
 *   <li>{@link #writeBelow}: a write to a unit of the active unit's subtree in the caller's transaction (the
 *       receiver updating the sender's copy), so that both sides commit or neither does.
 *   <li>{@link #asSystem}: no tenant filter at all; only for system work (tenants-config loader, looking up the
 *       memberships of the user who is logging in, background jobs). Allowed callers are fixed by an
 *       architecture test.
 * </ul>
 * The override is kept per thread only for the duration of the call (try/finally), never in a shared field.
 */
@Component
public class TenantScope {

    static final long SYSTEM = 0L;
    private static final ThreadLocal<Deque<Long>> OVERRIDES = ThreadLocal.withInitial(ArrayDeque::new);

    private final TransactionTemplate requiresNew;
    private final TransactionTemplate readOnlyRequiresNew;
    private final OrgUnitService orgUnits;

    @PersistenceContext
    private EntityManager entityManager;

    TenantScope(PlatformTransactionManager transactionManager, OrgUnitService orgUnits) {
        this.requiresNew = new TransactionTemplate(transactionManager);
        this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnlyRequiresNew = new TransactionTemplate(transactionManager);
        this.readOnlyRequiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnlyRequiresNew.setReadOnly(true);
        this.orgUnits = orgUnits;
    }

    /** Runs {@code work} as tenant {@code unitId}, which must be the active unit or one of its descendants. */
    public <T> T inUnit(long unitId, Supplier<T> work) {
        checkInActiveSubtree(unitId);
        return run(unitId, work, requiresNew);
    }

    /** Read-only variant of {@link #inUnit}. */
    public <T> T readInUnit(long unitId, Supplier<T> work) {
        checkInActiveSubtree(unitId);
        return run(unitId, work, readOnlyRequiresNew);
    }

    /**
     * Runs {@code work} with a stateless Hibernate session of tenant {@code receiverUnitId} that shares the
     * caller's connection and transaction (statements run at once; the caller's commit or rollback covers them). {@code receiverUnitId} must be the unit the active unit reports to on {@code
     * date}: the only way anything is written upward.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> T deliverUp(long receiverUnitId, LocalDate date, Function<StatelessSession, T> work) {
        long active = TenantContext.requireActiveUnitId();
        long receiver = orgUnits.reportsTo(active, date)
                .map(OrgUnitSummary::id)
                .orElseThrow(() -> new AccessDeniedException("Unit " + active + " reports to no unit on " + date));
        if (receiver != receiverUnitId) {
            throw new AccessDeniedException("Unit " + receiverUnitId + " is not the unit " + active + " reports to");
        }
        return onSharedConnection(receiverUnitId, work);
    }

    /**
     * Runs {@code work} with a Hibernate session of tenant {@code unitId} — the active unit or a descendant —
     * sharing the caller's connection and transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> T writeBelow(long unitId, Function<StatelessSession, T> work) {
        checkInActiveSubtree(unitId);
        return onSharedConnection(unitId, work);
    }

    private <T> T onSharedConnection(long unitId, Function<StatelessSession, T> work) {
        Session current = entityManager.unwrap(Session.class);
        current.flush();
        SessionFactory factory = current.getSessionFactory();
        return current.doReturningWork(connection -> {
            try (StatelessSession other = factory.withStatelessOptions()
                    .connection(connection)
                    .tenantIdentifier((Object) unitId)
                    .openStatelessSession()) {
                return work.apply(other);
            }
        });
    }

    /**
     * Read-only work as tenant {@code unitId} outside the active unit's subtree — only for a row another module's
     * visibility predicate has already allowed the active unit to read (a published gallery story's attachment,
     * {@code submission.FileShare}); the caller makes that check first.
     */
    public <T> T readShared(long unitId, Supplier<T> work) {
        return run(unitId, work, readOnlyRequiresNew);
    }

    /** System work without tenant filter. */
    public <T> T asSystem(Supplier<T> work) {
        return run(SYSTEM, work, requiresNew);
    }

    /** A background job carrying its tenant explicitly (no user session on that thread). */
    public <T> T forJob(long unitId, Supplier<T> work) {
        return run(unitId, work, requiresNew);
    }

    /** Throws unless {@code unitId} is the active unit or one of its descendants. */
    public void checkInActiveSubtree(long unitId) {
        String activePath = TenantContext.principal()
                .map(TenantPrincipal::activeUnitPath)
                .orElseThrow(() -> new AccessDeniedException("No active unit"));
        OrgUnitSummary target = orgUnits.find(unitId).orElseThrow(() -> new AccessDeniedException("Unknown unit"));
        if (!target.path().startsWith(activePath)) {
            throw new AccessDeniedException("Unit " + unitId + " is outside the active unit's subtree");
        }
    }

    private <T> T run(long tenant, Supplier<T> work, TransactionTemplate template) {
        Deque<Long> stack = OVERRIDES.get();
        if (Long.valueOf(tenant).equals(stack.peek())
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            // already running as this tenant: join the transaction (keeps nested calls all-or-nothing)
            return work.get();
        }
        stack.push(tenant);
        try {
            return template.execute(status -> work.get());
        } finally {
            stack.pop();
            if (stack.isEmpty()) {
                OVERRIDES.remove();
            }
        }
    }

    static Long currentOverride() {
        Deque<Long> stack = OVERRIDES.get();
        Long value = stack.peek();
        if (stack.isEmpty()) {
            OVERRIDES.remove();
        }
        return value;
    }
}

package vn.thidua.numbering;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.numbering.domain.NumberRegistry;
import vn.thidua.numbering.domain.NumberRegistryRepository;
import vn.thidua.shared.AuditEvent;
import vn.thidua.shared.BusinessException;
import vn.thidua.tenancy.TenantContext;

/**
 * Takes the next number of the active unit's series for a year. Callers take the number inside the transaction
 * that issues the document, so a failure after it rolls the number back with everything else: nothing is numbered
 * on failure, and no number is skipped. A unit that kept its register on paper until now continues its series from
 * the last number it issued.
 */
@Service
public class NumberingService {

    private static final int MAX_NUMBER = 99_999;

    private final NumberRegistryRepository registry;
    private final ApplicationEventPublisher events;

    private final TransactionTemplate separately;

    NumberingService(
            NumberRegistryRepository registry,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.registry = registry;
        this.events = events;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The next number of {@code series} in {@code year} for the active unit (tenant-filtered). The series row is
     * locked until the caller's transaction ends, so concurrent issuers wait and never share a number.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int take(NumberSeries series, int year) {
        NumberRegistry row = locked(series, year);
        int number = row.next();
        registry.saveAndFlush(row);
        return number;
    }

    /** The last number issued in each series of the active unit in {@code year} (0 = none yet). */
    @PreAuthorize("hasAnyRole('PLAN_MANAGE', 'DECISION_MANAGE')")
    @Transactional(readOnly = true)
    public List<SeriesState> state(int year) {
        Map<String, Integer> last = registry.findForYear(year).stream()
                .collect(Collectors.toMap(NumberRegistry::getSeries, NumberRegistry::getLastNumber));
        return Arrays.stream(NumberSeries.values())
                .map(s -> new SeriesState(s, year, last.getOrDefault(s.name(), 0)))
                .toList();
    }

    /**
     * Continues a series after {@code lastNumber}, the last number the unit issued outside the portal this year; a
     * series never goes backwards (that would issue a number twice). Audited.
     */
    @PreAuthorize("hasAnyRole('PLAN_MANAGE', 'DECISION_MANAGE')")
    @Transactional
    public void continueFrom(NumberSeries series, int year, int lastNumber) {
        if (lastNumber < 0 || lastNumber > MAX_NUMBER) {
            throw new BusinessException("numbering.error.range", MAX_NUMBER);
        }
        NumberRegistry row = locked(series, year);
        if (lastNumber < row.getLastNumber()) {
            throw new BusinessException("numbering.error.backwards", row.getLastNumber());
        }
        if (lastNumber == row.getLastNumber()) {
            return;
        }
        int before = row.getLastNumber();
        row.continueFrom(lastNumber);
        registry.saveAndFlush(row);
        events.publishEvent(new AuditEvent(
                TenantContext.requireActiveUnitId(),
                "NUMBER_REGISTER",
                series.name() + "/" + year,
                "CONTINUED",
                "lastNumber: " + before + " → " + lastNumber));
    }

    /**
     * The series row, locked. The first number of a year creates the row in a transaction of its own, before any
     * locking read: on InnoDB a locking read of a missing row takes a gap lock that would block that insert (and so
     * the caller's own thread). Two issuers creating it at the same moment: one insert wins, both then lock it.
     */
    private NumberRegistry locked(NumberSeries series, int year) {
        if (!registry.exists(year, series.name())) {
            try {
                separately.executeWithoutResult(s -> registry.saveAndFlush(new NumberRegistry(year, series.name())));
            } catch (DataIntegrityViolationException e) {
                // another issuer created the row at the same moment
            }
        }
        return registry.lockFor(year, series.name()).orElseThrow();
    }
}

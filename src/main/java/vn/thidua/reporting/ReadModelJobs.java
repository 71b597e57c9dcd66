package vn.thidua.reporting;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The system jobs of the read model: the rebuild from the source tables and the reconciliation check, both run
 * nightly (and on demand by operators, benchmarks and tests); never triggered by a user of a unit.
 */
@Service
public class ReadModelJobs {

    private static final Logger log = LoggerFactory.getLogger(ReadModelJobs.class);

    private final ReadModel model;

    ReadModelJobs(ReadModel model) {
        this.model = model;
    }

    /** Recomputes every summary row; returns the number of rows written. */
    @Transactional
    public int rebuild() {
        return model.rebuild();
    }

    /** The keys where the read model and a live aggregation of the source tables differ (empty = consistent). */
    @Transactional(readOnly = true)
    public List<String> reconcile() {
        return model.reconcile();
    }

    /** Nightly: reconcile, and rebuild when anything differs (logged with the differences). */
    @Scheduled(cron = "${thidua.reporting.reconcile-cron:0 30 2 * * *}", zone = "Asia/Ho_Chi_Minh")
    public void nightly() {
        List<String> differences = reconcile();
        if (differences.isEmpty()) {
            log.info("Read model reconciled: 0 differences");
            return;
        }
        log.warn(
                "Read model differs from the source tables in {} keys, rebuilding: {}",
                differences.size(),
                differences.subList(0, Math.min(10, differences.size())));
        rebuild();
    }
}

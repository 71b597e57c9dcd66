package vn.thidua.reporting;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thidua.award.AwardRevoked;
import vn.thidua.award.DecisionIssued;
import vn.thidua.exemplar.ExemplarsChanged;
import vn.thidua.submission.SubmissionAccepted;
import vn.thidua.submission.SubmissionReturned;
import vn.thidua.submission.SubmissionSent;
import vn.thidua.tenancy.TenantsConfigLoaded;

/**
 * Keeps the read model in step with the source transactions: each event refreshes the slice it changed, in the same
 * transaction (pending JPA writes are flushed first, so the SQL sees them). A reloaded org tree rebuilds everything.
 */
@Component
class ReportingListeners {

    private final ReadModel model;
    private final EntityManager entities;

    ReportingListeners(ReadModel model, EntityManager entities) {
        this.model = model;
        this.entities = entities;
    }

    @EventListener
    void on(SubmissionSent e) {
        entities.flush();
        model.refreshSubmission(e.roundId(), e.senderUnitId());
    }

    @EventListener
    void on(SubmissionReturned e) {
        entities.flush();
        model.refreshSubmission(e.roundId(), e.senderUnitId());
    }

    @EventListener
    void on(SubmissionAccepted e) {
        entities.flush();
        model.refreshSubmission(e.roundId(), e.senderUnitId());
    }

    @EventListener
    void on(DecisionIssued e) {
        entities.flush();
        model.refreshAwards(model.slicesOfDecision(e.decisionId()));
    }

    @EventListener
    void on(AwardRevoked e) {
        entities.flush();
        model.refreshAwards(List.of(model.sliceOfRecord(e.recordId())));
    }

    @EventListener
    void on(ExemplarsChanged e) {
        entities.flush();
        model.refreshExemplars(e.unitId());
    }

    /** The org tree was (re)loaded: if any unit's ancestors, name or type changed, every row is rebuilt. */
    @EventListener
    void on(TenantsConfigLoaded e) {
        entities.flush();
        model.rebuildIfTreeChanged();
    }
}

package vn.thidua.exemplar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.thidua.tenancy.TenantOwnedEntity;

/**
 * An exemplar of the proposing unit proposed to an upper unit's conference round (the marker "đã đề xuất" in its
 * history); the honour text and date are filled by the upper unit through {@code TenantScope.writeBelow} when it
 * honours the exemplar.
 */
@Entity
@Table(name = "exemplar_proposal")
public class ExemplarProposal extends TenantOwnedEntity {

    @Column(name = "exemplar_id", nullable = false, updatable = false)
    private long exemplarId;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "round_name", nullable = false)
    private String roundName;

    @Column(name = "receiver_name", nullable = false)
    private String receiverName;

    @Column(name = "proposed_on", nullable = false)
    private LocalDate proposedOn;

    @Column(name = "honour_text", length = 500)
    private String honourText;

    @Column(name = "honour_date")
    private LocalDate honourDate;

    protected ExemplarProposal() {}

    public ExemplarProposal(
            long exemplarId, long roundId, String roundName, String receiverName, LocalDate proposedOn) {
        this.exemplarId = exemplarId;
        this.roundId = roundId;
        this.roundName = roundName;
        this.receiverName = receiverName;
        this.proposedOn = proposedOn;
    }

    public void honour(String text, LocalDate date) {
        this.honourText = text;
        this.honourDate = date;
    }

    public long getExemplarId() {
        return exemplarId;
    }

    public long getRoundId() {
        return roundId;
    }

    public String getRoundName() {
        return roundName;
    }

    public String getReceiverName() {
        return receiverName;
    }

    public LocalDate getProposedOn() {
        return proposedOn;
    }

    public String getHonourText() {
        return honourText;
    }

    public LocalDate getHonourDate() {
        return honourDate;
    }
}

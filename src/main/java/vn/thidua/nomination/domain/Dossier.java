package vn.thidua.nomination.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.thidua.tenancy.TenantOwnedEntity;

/** A unit's nomination dossier for one round (one per unit and round). */
@Entity
@Table(name = "dossier")
public class Dossier extends TenantOwnedEntity {

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(nullable = false)
    private String title;

    @Column(name = "minutes_file_id")
    private Long minutesFileId;

    @Column(name = "minutes_file_name")
    private String minutesFileName;

    @Column(name = "signer_name")
    private String signerName;

    @Column(name = "signer_title")
    private String signerTitle;

    @Column(name = "signer_prefix")
    private String signerPrefix;

    @Column(name = "place")
    private String place;

    protected Dossier() {}

    public Dossier(long roundId, String title) {
        this.roundId = roundId;
        this.title = title;
    }

    public long getRoundId() {
        return roundId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getMinutesFileId() {
        return minutesFileId;
    }

    public String getMinutesFileName() {
        return minutesFileName;
    }

    public void setMinutes(Long fileId, String fileName) {
        this.minutesFileId = fileId;
        this.minutesFileName = fileName;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String signerName) {
        this.signerName = signerName;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public void setSignerTitle(String signerTitle) {
        this.signerTitle = signerTitle;
    }

    public String getSignerPrefix() {
        return signerPrefix;
    }

    public void setSignerPrefix(String signerPrefix) {
        this.signerPrefix = signerPrefix;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }
}

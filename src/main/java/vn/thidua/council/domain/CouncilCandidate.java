package vn.thidua.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.thidua.tenancy.TenantOwnedEntity;

/**
 * A proposal the council votes on: a person or a collective for a title or award form. Only tallies are kept
 * (đồng ý / không đồng ý / phiếu trắng hoặc không hợp lệ); once the session closes, the result and the rule it was
 * judged by are frozen here.
 */
@Entity
@Table(name = "council_candidate")
public class CouncilCandidate extends TenantOwnedEntity {

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false)
    private String subject;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "award_code", nullable = false)
    private String awardCode;

    @Column(name = "proposer")
    private String proposer;

    @Column(name = "nominee_id")
    private Long nomineeId;

    @Column(name = "yes_count", nullable = false)
    private int yes;

    @Column(name = "no_count", nullable = false)
    private int no;

    @Column(name = "other_count", nullable = false)
    private int other;

    @Column(name = "passed")
    private Boolean passed;

    @Column(name = "rule_words", length = 500)
    private String ruleWords;

    @Column(name = "rule_set_name")
    private String ruleSetName;

    @Column(name = "rule_basis")
    private String ruleBasis;

    @Column(name = "needed")
    private Integer needed;

    protected CouncilCandidate() {}

    public CouncilCandidate(
            long sessionId,
            int seq,
            String subject,
            String fullName,
            String awardCode,
            String proposer,
            Long nomineeId) {
        this.sessionId = sessionId;
        this.seq = seq;
        this.subject = subject;
        this.fullName = fullName;
        this.awardCode = awardCode;
        this.proposer = proposer;
        this.nomineeId = nomineeId;
    }

    public long getSessionId() {
        return sessionId;
    }

    public int getSeq() {
        return seq;
    }

    public String getSubject() {
        return subject;
    }

    public String getFullName() {
        return fullName;
    }

    public String getAwardCode() {
        return awardCode;
    }

    public String getProposer() {
        return proposer;
    }

    public Long getNomineeId() {
        return nomineeId;
    }

    public int getYes() {
        return yes;
    }

    public int getNo() {
        return no;
    }

    public int getOther() {
        return other;
    }

    public void setTally(int yes, int no, int other) {
        this.yes = yes;
        this.no = no;
        this.other = other;
    }

    public Boolean getPassed() {
        return passed;
    }

    public String getRuleWords() {
        return ruleWords;
    }

    public String getRuleSetName() {
        return ruleSetName;
    }

    public String getRuleBasis() {
        return ruleBasis;
    }

    public Integer getNeeded() {
        return needed;
    }

    /** The result and the rule it was judged by (words, rule set, basis, approvals needed), frozen at closing. */
    public void freezeResult(boolean passed, String ruleWords, String ruleSetName, String ruleBasis, int needed) {
        this.passed = passed;
        this.ruleWords = ruleWords;
        this.ruleSetName = ruleSetName;
        this.ruleBasis = ruleBasis;
        this.needed = needed;
    }
}

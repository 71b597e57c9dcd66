package vn.thidua.nomination.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A comment on a published list, and the publisher's answer. Read with its disclosure only. */
@Entity
@Table(name = "disclosure_comment")
public class DisclosureComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "disclosure_id", nullable = false, updatable = false)
    private long disclosureId;

    @Column(name = "author_name", nullable = false, updatable = false)
    private String authorName;

    @Column(name = "author_unit_name", nullable = false, updatable = false)
    private String authorUnitName;

    @Column(name = "comment_text", nullable = false, updatable = false, length = 2000)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(length = 2000)
    private String answer;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected DisclosureComment() {}

    public DisclosureComment(long disclosureId, String authorName, String authorUnitName, String text) {
        this.disclosureId = disclosureId;
        this.authorName = authorName;
        this.authorUnitName = authorUnitName;
        this.text = text;
        this.createdAt = Instant.now();
    }

    public void answer(String answer, String by) {
        this.answer = answer;
        this.answeredBy = by;
        this.answeredAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getDisclosureId() {
        return disclosureId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorUnitName() {
        return authorUnitName;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}

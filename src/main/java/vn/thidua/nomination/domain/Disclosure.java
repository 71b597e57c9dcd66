package vn.thidua.nomination.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A proposed list published to the publisher's subtree for comments (công khai) until a date. Published downward:
 * not tenant-filtered, read only through {@link DisclosureRepository}'s subtree predicate (ADR 0008).
 */
@Entity
@Table(name = "disclosure")
public class Disclosure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "publisher_unit_id", nullable = false, updatable = false)
    private long publisherUnitId;

    @Column(name = "publisher_path", nullable = false, updatable = false)
    private String publisherPath;

    @Column(name = "publisher_name", nullable = false, updatable = false)
    private String publisherName;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    private long dossierId;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false)
    private String publishedBy;

    @Column(name = "until_date", nullable = false, updatable = false)
    private LocalDate until;

    @Column(name = "list_hash", nullable = false, updatable = false)
    private String listHash;

    /** One line per proposal: "name — award — work unit". */
    @Lob
    @Column(nullable = false, updatable = false, length = 1_000_000_000)
    private String items;

    protected Disclosure() {}

    public Disclosure(
            long publisherUnitId,
            String publisherPath,
            String publisherName,
            long dossierId,
            String title,
            String publishedBy,
            LocalDate until,
            String listHash,
            String items) {
        this.publisherUnitId = publisherUnitId;
        this.publisherPath = publisherPath;
        this.publisherName = publisherName;
        this.dossierId = dossierId;
        this.title = title;
        this.publishedAt = Instant.now();
        this.publishedBy = publishedBy;
        this.until = until;
        this.listHash = listHash;
        this.items = items;
    }

    public Long getId() {
        return id;
    }

    public long getPublisherUnitId() {
        return publisherUnitId;
    }

    public String getPublisherName() {
        return publisherName;
    }

    public long getDossierId() {
        return dossierId;
    }

    public String getTitle() {
        return title;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public LocalDate getUntil() {
        return until;
    }

    public String getListHash() {
        return listHash;
    }

    public String getItems() {
        return items;
    }
}

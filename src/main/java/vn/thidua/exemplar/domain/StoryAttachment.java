package vn.thidua.exemplar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A photo or PDF attached to a story (the bytes are a stored file of the publishing unit). Read with its story, so not
 * tenant-filtered: only through {@link StoryAttachmentRepository}'s predicates, the story's (ADR 0010).
 */
@Entity
@Table(name = "exemplar_story_file")
public class StoryAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "story_id", nullable = false, updatable = false)
    private long storyId;

    @Column(name = "file_id", nullable = false, updatable = false)
    private long fileId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    protected StoryAttachment() {}

    public StoryAttachment(long storyId, long fileId, String fileName, String contentType, long size) {
        this.storyId = storyId;
        this.fileId = fileId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
    }

    public Long getId() {
        return id;
    }

    public long getStoryId() {
        return storyId;
    }

    public long getFileId() {
        return fileId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }
}

package vn.thidua.exemplar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.exemplar.domain.Exemplar;
import vn.thidua.exemplar.domain.Story;
import vn.thidua.exemplar.domain.StoryAttachment;
import vn.thidua.exemplar.domain.StoryAttachmentRepository;
import vn.thidua.exemplar.domain.StoryLearning;
import vn.thidua.exemplar.domain.StoryLearningRepository;
import vn.thidua.exemplar.domain.StoryRepository;
import vn.thidua.identity.CurrentUser;
import vn.thidua.identity.PortalPrincipal;
import vn.thidua.shared.AuditEvent;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Changes;
import vn.thidua.shared.Dates;
import vn.thidua.shared.NotFoundException;
import vn.thidua.submission.FileContent;
import vn.thidua.submission.FileService;
import vn.thidua.submission.StoredFileSummary;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.OrgUnitSummary;

/**
 * The gallery of exemplar stories. A unit writes a story of one of its exemplars (officer: {@code
 * REGISTRATION_MANAGE}), submits it to its head, who publishes or withdraws it ({@code EXEMPLAR_PUBLISH}). A
 * published story is read, read-only, by every unit of the publisher's province — or by every unit when its audience
 * is nationwide; anything else never leaves the unit (every read goes through {@link StoryRepository}'s predicate, an
 * id outside it is "not found"). Other units record that they learned from a story (a visit or an adopted
 * practice); the publisher sees who and how many. Every change is audited in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class StoryService {

    private final StoryRepository stories;
    private final StoryLearningRepository learnings;
    private final StoryAttachmentRepository attachments;
    private final ExemplarService exemplars;
    private final FileService files;
    private final OrgUnitService units;
    private final ApplicationEventPublisher events;

    StoryService(
            StoryRepository stories,
            StoryLearningRepository learnings,
            StoryAttachmentRepository attachments,
            ExemplarService exemplars,
            FileService files,
            OrgUnitService units,
            ApplicationEventPublisher events) {
        this.stories = stories;
        this.learnings = learnings;
        this.attachments = attachments;
        this.files = files;
        this.exemplars = exemplars;
        this.units = units;
        this.events = events;
    }

    // ---------------------------------------------------------------- the unit's own stories

    /** The active unit's stories, any status, newest first. */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    public List<StorySummary> ownStories() {
        long unit = CurrentUser.require().activeUnitId();
        return stories.findOwnAll(unit).stream().map(s -> toSummary(s, unit)).toList();
    }

    /** Writes a draft story of one of the unit's exemplars (another unit's exemplar is "not found"). */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE')")
    @Transactional
    public long create(long exemplarId, StoryData data) {
        Exemplar x = exemplars.find(exemplarId);
        PortalPrincipal me = CurrentUser.require();
        OrgUnitSummary unit = units.get(me.activeUnitId());
        Story s = new Story(
                unit.id(),
                unit.name(),
                unit.provinceCode(),
                unit.schoolType(),
                x.getId(),
                x.getName(),
                x.getField(),
                Instant.now(),
                me.username());
        write(s, data);
        s = stories.save(s);
        audit(
                s,
                "CREATED",
                Changes.of()
                        .set("exemplar", x.getName())
                        .set("title", s.getTitle())
                        .set("audience", s.getAudience()));
        return s.getId();
    }

    /** Edits a draft (or a story sent back by withdrawal); a submitted or published story is not edited. */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE')")
    @Transactional
    public void update(long storyId, StoryData data) {
        Story s = own(storyId);
        if (s.getStatus() != StoryStatus.DRAFT && s.getStatus() != StoryStatus.WITHDRAWN) {
            throw new BusinessException("story.error.notEditable");
        }
        Changes changes = Changes.of()
                .diff("title", s.getTitle(), blankToNull(data.title()))
                .diff("audience", s.getAudience(), data.audience());
        write(s, data);
        audit(s, "UPDATED", changes);
    }

    /** The officer asks the head to publish. */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE')")
    @Transactional
    public void submit(long storyId) {
        Story s = own(storyId);
        if (s.getStatus() != StoryStatus.DRAFT && s.getStatus() != StoryStatus.WITHDRAWN) {
            throw new BusinessException("story.error.badState");
        }
        move(s, StoryStatus.SUBMITTED);
    }

    /** The head approves: the story becomes readable by its audience. */
    @PreAuthorize("hasRole('EXEMPLAR_PUBLISH')")
    @Transactional
    public void publish(long storyId) {
        Story s = own(storyId);
        if (s.getStatus() == StoryStatus.PUBLISHED) {
            throw new BusinessException("story.error.badState");
        }
        Instant now = Instant.now();
        s.published(Dates.schoolYear(Dates.today()), now);
        move(s, StoryStatus.PUBLISHED);
    }

    /** The head takes a published story back into the unit. */
    @PreAuthorize("hasRole('EXEMPLAR_PUBLISH')")
    @Transactional
    public void withdraw(long storyId) {
        Story s = own(storyId);
        if (s.getStatus() != StoryStatus.PUBLISHED) {
            throw new BusinessException("story.error.badState");
        }
        move(s, StoryStatus.WITHDRAWN);
    }

    /** The head widens (nationwide) or narrows (province) who reads the story. */
    @PreAuthorize("hasRole('EXEMPLAR_PUBLISH')")
    @Transactional
    public void changeAudience(long storyId, StoryAudience audience) {
        Story s = own(storyId);
        if (audience == null) {
            throw new BusinessException("story.error.audienceRequired");
        }
        Changes changes = Changes.of().diff("audience", s.getAudience(), audience);
        s.setAudience(audience);
        if (!changes.isEmpty()) {
            audit(s, "AUDIENCE", changes);
        }
    }

    /**
     * A proposal for a story's achievements: the exemplar's yearly reviews with the awards of their school year from
     * the award history.
     */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    public String suggestedAchievements(long exemplarId) {
        ExemplarDetails details = exemplars.details(exemplarId);
        List<String> lines = new ArrayList<>();
        for (TimelineItem i : details.timeline()) {
            if (i.stage() == ExemplarStage.TONG_KET) {
                lines.add("- " + i.schoolYear() + ": " + i.text());
                i.awards().forEach(a -> lines.add("  + " + a));
            }
        }
        return String.join("\n", lines);
    }

    /** Attaches a photo (JPEG, PNG) or a PDF to a draft or withdrawn story of the unit; other files are refused. */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE') and hasRole('SUBMISSION_PREPARE')")
    @Transactional
    public AttachmentSummary attach(long storyId, String fileName, byte[] content) {
        Story s = own(storyId);
        if (s.getStatus() != StoryStatus.DRAFT && s.getStatus() != StoryStatus.WITHDRAWN) {
            throw new BusinessException("story.error.notEditable");
        }
        StoredFileSummary f = files.store(fileName, content);
        if (!f.contentType().startsWith("image/") && !"application/pdf".equals(f.contentType())) {
            throw new BusinessException("story.error.fileType");
        }
        attachments.save(new StoryAttachment(s.getId(), f.id(), f.fileName(), f.contentType(), f.size()));
        audit(s, "ATTACHED", Changes.of().set("file", f.fileName()));
        return new AttachmentSummary(f.id(), f.fileName(), f.contentType(), f.size());
    }

    /**
     * An attachment of a story the active unit may read; the file is opened with the story's unit as its owner only
     * after the story's predicate allowed it.
     */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    public FileContent download(long storyId, long fileId) {
        long unit = CurrentUser.require().activeUnitId();
        Story s = visible(storyId, unit);
        boolean attached = attachments.findVisibleOfStory(s.getId(), unit, province(unit)).stream()
                .anyMatch(a -> a.getFileId() == fileId);
        if (!attached) {
            throw new NotFoundException("file");
        }
        return files.open(fileId, s.getUnitId());
    }

    // ---------------------------------------------------------------- the gallery

    /** Published stories the active unit may read (its province's, and nationwide ones), by the filter. */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    public List<StorySummary> gallery(GalleryFilter filter) {
        long unit = CurrentUser.require().activeUnitId();
        GalleryFilter f = filter == null ? new GalleryFilter(null, null, null) : filter;
        return stories.findPublished(province(unit), f.field(), f.schoolType(), blankToNull(f.schoolYear())).stream()
                .map(s -> toSummary(s, unit))
                .toList();
    }

    /**
     * A story the active unit may read: its own (any status) or a published one of its audience; anything else is
     * "not found". The publisher sees every unit that learned from it; another unit only its own records.
     */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    public StoryDetails story(long storyId) {
        long unit = CurrentUser.require().activeUnitId();
        Story s = visible(storyId, unit);
        boolean own = s.getUnitId() == unit;
        List<StoryLearning> rows =
                own ? learnings.findOfOwnStory(s.getId(), unit) : learnings.findOwnLearnings(s.getId(), unit);
        long count = own
                ? rows.stream().map(StoryLearning::getLearnerUnitId).distinct().count()
                : 0;
        return new StoryDetails(
                toSummary(s, unit),
                s.getText(),
                s.getAchievements(),
                attachments.findVisibleOfStory(s.getId(), unit, province(unit)).stream()
                        .map(a ->
                                new AttachmentSummary(a.getFileId(), a.getFileName(), a.getContentType(), a.getSize()))
                        .toList(),
                rows.stream().map(StoryService::toSummary).toList(),
                count);
    }

    /**
     * The active unit records that it learned from a published story of another unit: one row per (story, unit,
     * kind, date). Its own story, an unpublished one or a date in the future is refused.
     */
    @PreAuthorize("hasRole('REGISTRATION_MANAGE')")
    @Transactional
    public long learn(long storyId, LearningKind kind, LocalDate date, String note) {
        PortalPrincipal me = CurrentUser.require();
        long unit = me.activeUnitId();
        Story s = visible(storyId, unit);
        if (s.getUnitId() == unit) {
            throw new BusinessException("story.error.ownStory");
        }
        if (s.getStatus() != StoryStatus.PUBLISHED) {
            throw new NotFoundException("story");
        }
        if (kind == null || date == null) {
            throw new BusinessException("story.error.learningIncomplete");
        }
        if (date.isAfter(Dates.today())) {
            throw new BusinessException("story.error.futureDate");
        }
        if (learnings.exists(s.getId(), unit, kind, date)) {
            throw new BusinessException("story.error.learnedTwice", Dates.format(date));
        }
        StoryLearning l = learnings.save(new StoryLearning(
                s.getId(), unit, units.get(unit).name(), kind, date, blankToNull(note), Instant.now(), me.username()));
        events.publishEvent(new AuditEvent(
                unit,
                "EXEMPLAR_STORY_LEARNING",
                String.valueOf(l.getId()),
                "CREATED",
                Changes.of()
                        .set("story", s.getTitle())
                        .set("publisher", s.getUnitName())
                        .set("kind", kind)
                        .set("date", Dates.format(date))
                        .toString()));
        events.publishEvent(new ExemplarsChanged(s.getUnitId())); // the publisher's replication reach
        return l.getId();
    }

    /** The replication reach of one of the unit's exemplars through the gallery: distinct units that learned. */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    public long unitsLearnedFrom(long exemplarId) {
        long unit = CurrentUser.require().activeUnitId();
        Exemplar x = exemplars.find(exemplarId);
        List<Long> ids = stories.findOwnIdsOfExemplar(unit, x.getId());
        if (ids.isEmpty()) {
            return 0;
        }
        return learnings.findOfOwnStories(ids, unit).stream()
                .map(StoryLearning::getLearnerUnitId)
                .distinct()
                .count();
    }

    // ---------------------------------------------------------------- helpers

    private Story own(long storyId) {
        return stories.findOwn(storyId, CurrentUser.require().activeUnitId())
                .orElseThrow(() -> new NotFoundException("story"));
    }

    private Story visible(long storyId, long unit) {
        return stories.findVisible(storyId, unit, province(unit)).orElseThrow(() -> new NotFoundException("story"));
    }

    private String province(long unitId) {
        String code = units.get(unitId).provinceCode();
        // a unit without a province reads only its own and nationwide stories
        return code == null ? "" : code;
    }

    private static void write(Story s, StoryData data) {
        String title = blankToNull(data.title());
        String text = blankToNull(data.text());
        if (title == null || text == null) {
            throw new BusinessException("story.error.textRequired");
        }
        if (title.length() > 300) {
            throw new BusinessException("story.error.titleTooLong");
        }
        s.write(
                title,
                text,
                blankToNull(data.achievements()),
                data.audience() == null ? StoryAudience.PROVINCE : data.audience());
    }

    private void move(Story s, StoryStatus to) {
        StoryStatus from = s.getStatus();
        s.moveTo(to, Instant.now(), CurrentUser.require().username());
        audit(s, to.name(), Changes.of().diff("status", from, to).set("audience", s.getAudience()));
    }

    private void audit(Story s, String action, Changes changes) {
        events.publishEvent(
                new AuditEvent(s.getUnitId(), "EXEMPLAR_STORY", String.valueOf(s.getId()), action, changes.toString()));
    }

    private static StorySummary toSummary(Story s, long viewerUnit) {
        return new StorySummary(
                s.getId(),
                s.getUnitId(),
                s.getUnitName(),
                s.getProvinceCode(),
                s.getSchoolType(),
                s.getExemplarId(),
                s.getExemplarName(),
                s.getField(),
                s.getTitle(),
                s.getAudience(),
                s.getStatus(),
                s.getSchoolYear(),
                s.getPublishedAt(),
                s.getUnitId() == viewerUnit);
    }

    private static LearningSummary toSummary(StoryLearning l) {
        return new LearningSummary(l.getId(), l.getLearnerUnitName(), l.getKind(), l.getDate(), l.getNote());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

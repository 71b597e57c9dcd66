package vn.thidua.exemplar;

import org.springframework.stereotype.Component;
import vn.thidua.exemplar.domain.StoryAttachmentRepository;
import vn.thidua.submission.FileShare;
import vn.thidua.tenancy.OrgUnitService;

/** Opens the attachments of a story to the units that may read the story (its own unit, or its audience). */
@Component
class StoryFileShare implements FileShare {

    private final StoryAttachmentRepository attachments;
    private final OrgUnitService units;

    StoryFileShare(StoryAttachmentRepository attachments, OrgUnitService units) {
        this.attachments = attachments;
        this.units = units;
    }

    @Override
    public boolean allows(long fileId, long ownerUnitId, long viewerUnitId) {
        String province = units.get(viewerUnitId).provinceCode();
        return attachments.visibleFile(fileId, ownerUnitId, viewerUnitId, province == null ? "" : province);
    }
}

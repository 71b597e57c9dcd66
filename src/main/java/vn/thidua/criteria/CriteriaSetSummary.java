package vn.thidua.criteria;

import java.util.List;

/** A criteria set as read by its unit or a unit below. */
public record CriteriaSetSummary(
        long id,
        long unitId,
        String unitName,
        String name,
        String schoolYear,
        SubjectType subject,
        int versionNo,
        CriteriaSetStatus status,
        Long parentSetId,
        boolean own,
        List<Criterion> criteria,
        long version) {

    public boolean editable() {
        return own && status == CriteriaSetStatus.DRAFT;
    }
}

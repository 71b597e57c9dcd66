package vn.thidua.catalogue;

/** A component of a nomination dossier that an award type requires (domain reference §4.2). */
public enum DossierPart {
    /** Báo cáo thành tích — per nominee, an upload or the report written in the form. */
    ACHIEVEMENT_REPORT,
    /** Quyết định / giấy xác nhận công nhận sáng kiến — per nominee (CSTĐ). */
    INITIATIVE_RECOGNITION,
    /** Biên bản họp bình xét của hội đồng thi đua – khen thưởng — once per dossier. */
    COUNCIL_MINUTES
}

package vn.thidua.nomination;

/** A nominee as shown in the dossier. */
public record NomineeSummary(
        long id,
        int seq,
        String subject,
        String awardCode,
        String awardName,
        String fullName,
        String position,
        String workUnit,
        Integer yearsOfService,
        String achievementSummary,
        String phone,
        String email,
        Long personUserId,
        String reportText,
        Long reportFileId,
        Long reportFileOwner,
        String reportFileName,
        String initiativeText,
        Long initiativeFileId,
        Long initiativeFileOwner,
        String initiativeFileName,
        Long originUnitId,
        String originUnitName,
        Long originSubmissionId,
        Integer originVersion,
        Long originRef,
        String decisionLabel,
        long version) {

    public NomineeData toData() {
        return new NomineeData(
                subject,
                awardCode,
                fullName,
                position,
                workUnit,
                yearsOfService,
                achievementSummary,
                phone,
                email,
                personUserId,
                reportText,
                initiativeText,
                version);
    }
}

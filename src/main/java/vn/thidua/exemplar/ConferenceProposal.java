package vn.thidua.exemplar;

import java.time.LocalDate;
import vn.thidua.submission.SubmissionStatus;

/**
 * An exemplar a member unit proposed to the active unit's conference round, as the upper unit sees it: the inbox
 * version it came in, the proposing unit, the story and achievements sent, the tờ trình, and the honour if given.
 */
public record ConferenceProposal(
        long inboxSubmissionId,
        long inboxVersion,
        SubmissionStatus status,
        long senderUnitId,
        String senderName,
        long exemplarId,
        String name,
        String position,
        String field,
        String story,
        String achievements,
        String statement,
        String honourText,
        LocalDate honourDate,
        String returnReason) {

    public boolean honoured() {
        return honourText != null;
    }
}

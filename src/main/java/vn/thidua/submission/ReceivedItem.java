package vn.thidua.submission;

import java.util.List;

/** An item of an accepted version in the active unit's inbox, with its documents. */
public record ReceivedItem(
        long inboxSubmissionId,
        long senderUnitId,
        String senderName,
        boolean consolidated,
        SubmissionItem item,
        List<DocumentRef> documents) {}

package vn.thidua.submission;

import java.util.List;

/**
 * What a unit sends up: the source (e.g. a dossier id of the sender) and an idempotency key chosen by the caller
 * once per "Gửi" — retries and double clicks reuse it and never create a second submission.
 */
public record SendRequest(
        RoundKind kind,
        long roundId,
        long sourceId,
        String idempotencyKey,
        String title,
        List<SubmissionItem> items,
        List<DocumentRef> documents) {

    public SendRequest {
        items = List.copyOf(items);
        documents = List.copyOf(documents);
    }
}

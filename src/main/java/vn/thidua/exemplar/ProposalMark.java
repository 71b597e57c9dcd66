package vn.thidua.exemplar;

import java.time.LocalDate;

/**
 * A mark in an exemplar's history: proposed to an upper unit's conference round ("đã đề xuất") and, once that unit
 * honoured it, the honour text and date; {@code returnReason} when the unit's latest proposal with it was returned.
 */
public record ProposalMark(
        long roundId,
        String roundName,
        String receiverName,
        LocalDate proposedOn,
        String honourText,
        LocalDate honourDate,
        String returnReason) {

    public boolean honoured() {
        return honourText != null;
    }

    public boolean returned() {
        return !honoured() && returnReason != null;
    }
}

package vn.thidua.exemplar;

import java.time.LocalDate;

/**
 * A mark in an exemplar's history: proposed to an upper unit's conference round ("đã đề xuất") and, once that unit
 * honoured it, the honour text and date.
 */
public record ProposalMark(
        long roundId,
        String roundName,
        String receiverName,
        LocalDate proposedOn,
        String honourText,
        LocalDate honourDate) {

    public boolean honoured() {
        return honourText != null;
    }
}

package vn.thidua.plan;

import java.time.LocalDate;

/**
 * One line of a timeline (tiến độ thực hiện) or one milestone of a movement (sơ kết, tổng kết).
 *
 * @param what the work or milestone, e.g. "Sơ kết học kỳ I"
 * @param due when it is due
 * @param who who carries it out; may be blank
 * @param latest the latest date allowed by the upper plan or the movement (null = free): a lower unit may tighten
 *     a milestone, never set it later
 * @param when how the time is written in the document when not a plain date, e.g. "Tháng 9 – 10/2026" or "Hằng
 *     năm"; null prints the date
 */
public record Milestone(String what, LocalDate due, String who, LocalDate latest, String when) {

    public Milestone(String what, LocalDate due, String who, LocalDate latest) {
        this(what, due, who, latest, null);
    }

    /** The same line capped at {@code cap}. */
    public Milestone cappedAt(LocalDate cap) {
        return new Milestone(what, due, who, cap, when);
    }

    public boolean tooLate() {
        return due != null && latest != null && due.isAfter(latest);
    }
}

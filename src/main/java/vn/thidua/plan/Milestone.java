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
 */
public record Milestone(String what, LocalDate due, String who, LocalDate latest) {

    public boolean tooLate() {
        return due != null && latest != null && due.isAfter(latest);
    }
}

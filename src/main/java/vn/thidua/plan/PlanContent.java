package vn.thidua.plan;

import java.util.List;

/**
 * The structured body of a plan.
 *
 * @param bases the "Căn cứ …" lines in order (linked upper plans and free references)
 * @param sections the body sections in order
 * @param timelineHeading the heading printed above the timeline table, e.g. "IV. TIẾN ĐỘ THỰC HIỆN"
 * @param timelineAfter the number of sections the timeline follows (0 = before the first; the section count = at
 *     the end)
 * @param timeline the timeline rows (what, when, who)
 * @param annexes tables attached after the signature, each on a new page
 * @param recipients the "Nơi nhận" lines, e.g. "Phòng GDĐT (B/c);", "Lưu: VT."
 */
public record PlanContent(
        List<PlanBasis> bases,
        List<PlanSection> sections,
        String timelineHeading,
        int timelineAfter,
        List<Milestone> timeline,
        List<PlanAnnex> annexes,
        List<String> recipients) {

    public PlanContent {
        bases = bases == null ? List.of() : List.copyOf(bases);
        sections = sections == null ? List.of() : List.copyOf(sections);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        annexes = annexes == null ? List.of() : List.copyOf(annexes);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        timelineAfter = Math.clamp(timelineAfter, 0, sections.size());
    }

    /** The same content with another timeline. */
    public PlanContent withTimeline(List<Milestone> newTimeline) {
        return new PlanContent(bases, sections, timelineHeading, timelineAfter, newTimeline, annexes, recipients);
    }

    public static PlanContent empty() {
        return new PlanContent(List.of(), List.of(), null, 0, List.of(), List.of(), List.of());
    }
}

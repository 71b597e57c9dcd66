package vn.thidua.exemplar;

/** Who may read a published story: the units of the publisher's province, or every unit. */
public enum StoryAudience {
    PROVINCE,
    NATIONWIDE
}

package vn.thidua.exemplar;

/** How a practice was spread (nhân rộng); translated as {@code exemplar.replication.<NAME>}. */
public enum ReplicationKind {
    TALK,
    VISIT,
    DEMO_LESSON,
    ARTICLE,
    OTHER
}

package vn.thidua.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.submission.SubmissionService;

/**
 * Writes the summary rows. Each slice (a unit's awards of a school year; a unit's submission in a round) is
 * recomputed from the source tables by the same SQL that the full rebuild runs, so an incremental refresh and a
 * rebuild cannot disagree. Runs on the caller's transaction: an event's refresh commits with the change it reflects.
 * System work, not a user query: reads the source tables across tenants (ADR 0011; SQL allow-list).
 */
@Component
class ReadModel {

    private static final Logger log = LoggerFactory.getLogger(ReadModel.class);

    /** The award history of units, by unit, award and school year (revoked awards counted apart). */
    static final String AWARD_SOURCE =
            """
            select r.holder_unit_id, r.award_code, r.school_year,
                   sum(case when r.revoked_at is null then 1 else 0 end) as awards,
                   sum(case when r.revoked_at is null then 0 else 1 end) as revoked,
                   sum(case when r.revoked_at is null then r.amount else 0 end) as amount
            from award_record r
            """;

    /** The latest version each unit sent in each round (its outbox copy). */
    static final String SUBMISSION_SOURCE =
            """
            select s.round_id, s.sender_unit_id, s.receiver_unit_id, c.school_year, c.deadline, s.status,
                   s.version_no, s.item_count, s.category_counts,
                   (select min(f.sent_at) from submission f
                     where f.tenant_id = s.tenant_id and f.side = 'OUTBOX' and f.round_id = s.round_id) as first_sent
            from submission s join collection_round c on c.id = s.round_id
            where s.side = 'OUTBOX'
              and s.version_no = (select max(v.version_no) from submission v
                                  where v.tenant_id = s.tenant_id and v.side = 'OUTBOX' and v.round_id = s.round_id)
            """;

    private final JdbcClient jdbc;

    private static final int BATCH = 1000;

    private final org.springframework.jdbc.core.JdbcTemplate batches;

    ReadModel(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Inserts {@code rows} in JDBC batches. */
    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            batches.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    /** The ancestors of every unit (l0 = root of its tree, l1, l2), from the current org tree. */
    @Transactional(propagation = Propagation.MANDATORY)
    void refreshUnits() {
        jdbc.sql("delete from rpt_unit").update();
        List<Object[]> units = jdbc.sql("select id, path, depth, province_code, type, school_type from org_unit")
                .query((rs, n) -> new Object[] {
                    rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6)
                })
                .list();
        List<Object[]> rows = new java.util.ArrayList<>();
        for (Object[] u : units) {
            Long[] levels = levels((String) u[1]);
            rows.add(new Object[] {u[0], u[3], u[2], levels[0], levels[1], levels[2], u[4], u[5]});
        }
        batch(
                """
                insert into rpt_unit (unit_id, province_code, depth, l0_id, l1_id, l2_id, unit_type, school_type)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                rows);
    }

    /** "/1/5/23/" → [1, 5, 23]; missing levels are null. */
    static Long[] levels(String path) {
        Long[] levels = new Long[3];
        List<Long> ids = Arrays.stream(path.split("/"))
                .filter(s -> !s.isEmpty())
                .map(Long::parseLong)
                .toList();
        for (int i = 0; i < levels.length && i < ids.size(); i++) {
            levels[i] = ids.get(i);
        }
        return levels;
    }

    /** Recomputes one unit's awards of one school year. */
    @Transactional(propagation = Propagation.MANDATORY)
    void refreshAwards(long holderUnitId, String schoolYear) {
        jdbc.sql("delete from rpt_award where holder_unit_id = :u and school_year = :y")
                .param("u", holderUnitId)
                .param("y", schoolYear)
                .update();
        jdbc.sql(insertAwards("where r.holder_unit_id = :u and r.school_year = :y"))
                .param("u", holderUnitId)
                .param("y", schoolYear)
                .update();
    }

    /** The units and school years a decision touched. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Map.Entry<Long, String>> slicesOfDecision(long decisionId) {
        return jdbc.sql("select distinct holder_unit_id, school_year from award_record where decision_id = :d")
                .param("d", decisionId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Map.Entry<Long, String> sliceOfRecord(long recordId) {
        return jdbc.sql("select holder_unit_id, school_year from award_record where id = :id")
                .param("id", recordId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .single();
    }

    /** Recomputes what one unit sent in one round: its latest version, its status, its nominees by award. */
    @Transactional(propagation = Propagation.MANDATORY)
    void refreshSubmission(long roundId, long senderUnitId) {
        jdbc.sql("delete from rpt_nomination where round_id = :r and sender_unit_id = :s")
                .param("r", roundId)
                .param("s", senderUnitId)
                .update();
        jdbc.sql("delete from rpt_submission where round_id = :r and sender_unit_id = :s")
                .param("r", roundId)
                .param("s", senderUnitId)
                .update();
        writeSubmissions(" and s.round_id = :r and s.tenant_id = :s", Map.of("r", roundId, "s", senderUnitId));
    }

    /** Recomputes everything from the source tables (a system job). Returns the rows written. */
    @Transactional(propagation = Propagation.MANDATORY)
    int rebuild() {
        long start = System.nanoTime();
        jdbc.sql("delete from rpt_nomination").update();
        jdbc.sql("delete from rpt_submission").update();
        jdbc.sql("delete from rpt_award").update();
        refreshUnits();
        int awards = jdbc.sql(insertAwards("")).update();
        int submissions = writeSubmissions("", Map.of());
        log.info(
                "Read model rebuilt: {} award rows, {} submission rows in {} ms",
                awards,
                submissions,
                (System.nanoTime() - start) / 1_000_000);
        return awards + submissions;
    }

    private static String insertAwards(String where) {
        return """
                insert into rpt_award (holder_unit_id, award_code, school_year, province_code, l0_id, l1_id, l2_id,
                                       school_type, awards, revoked, amount)
                select a.holder_unit_id, a.award_code, a.school_year, u.province_code, u.l0_id, u.l1_id, u.l2_id,
                       u.school_type, a.awards, a.revoked, a.amount
                from (%s %s group by r.holder_unit_id, r.award_code, r.school_year) a
                join rpt_unit u on u.unit_id = a.holder_unit_id"""
                .formatted(AWARD_SOURCE, where);
    }

    /** Writes the submission and nomination rows of the source rows matching {@code and} (possibly all). */
    private int writeSubmissions(String and, Map<String, Object> params) {
        JdbcClient.StatementSpec select = jdbc.sql(
                """
                select x.*, u.province_code, u.l0_id, u.l1_id, u.l2_id, u.school_type from (%s%s) x
                join rpt_unit u on u.unit_id = x.sender_unit_id"""
                        .formatted(SUBMISSION_SOURCE, and));
        for (var p : params.entrySet()) {
            select = select.param(p.getKey(), p.getValue());
        }
        List<Object[]> rows = select.query((rs, n) -> new Object[] {
                    rs.getLong("round_id"),
                    rs.getLong("sender_unit_id"),
                    rs.getLong("receiver_unit_id"),
                    rs.getString("school_year"),
                    rs.getObject("deadline", java.time.LocalDate.class),
                    rs.getString("status"),
                    rs.getInt("version_no"),
                    rs.getInt("item_count"),
                    rs.getString("category_counts"),
                    rs.getTimestamp("first_sent").toInstant(),
                    rs.getString("province_code"),
                    rs.getLong("l0_id"),
                    (Long) rs.getObject("l1_id", Long.class),
                    (Long) rs.getObject("l2_id", Long.class),
                    rs.getString("school_type")
                })
                .list();
        List<Object[]> submissionRows = new java.util.ArrayList<>();
        List<Object[]> nominationRows = new java.util.ArrayList<>();
        for (Object[] r : rows) {
            java.time.LocalDate firstSent = vn.thidua.shared.Dates.dateOf((java.time.Instant) r[9]);
            java.time.LocalDate deadline = (java.time.LocalDate) r[4];
            submissionRows.add(new Object[] {
                r[0],
                r[1],
                r[2],
                r[3],
                deadline,
                r[10],
                r[11],
                r[12],
                r[13],
                r[14],
                r[5],
                r[6],
                firstSent,
                deadline != null && firstSent.isAfter(deadline),
                r[7]
            });
            for (var count : SubmissionService.parseCounts((String) r[8]).entrySet()) {
                nominationRows.add(
                        new Object[] {r[0], r[1], count.getKey(), r[3], r[11], r[12], r[13], r[5], count.getValue()});
            }
        }
        batch(
                """
                insert into rpt_submission (round_id, sender_unit_id, receiver_unit_id, school_year, deadline,
                    province_code, l0_id, l1_id, l2_id, school_type, status, version_no, first_sent_on, late, item_count)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                submissionRows);
        batch(
                """
                insert into rpt_nomination (round_id, sender_unit_id, award_code, school_year, l0_id, l1_id, l2_id,
                    status, nominees)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                nominationRows);
        return rows.size();
    }

    /**
     * Differences between the summary rows and a live aggregation of the source tables (0 expected): one line per
     * key that differs, e.g. "award 12/LDTT/2025-2026: read model 3, live 4".
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<String> reconcile() {
        List<String> differences = new java.util.ArrayList<>();
        Map<String, String> live = new java.util.HashMap<>();
        jdbc.sql(AWARD_SOURCE + " group by r.holder_unit_id, r.award_code, r.school_year")
                .query((rs, n) -> live.put(
                        "award " + rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getString(3),
                        rs.getLong(4) + " " + rs.getLong(5) + " " + rs.getLong(6)))
                .list();
        jdbc.sql(SUBMISSION_SOURCE)
                .query((rs, n) -> live.put(
                        "submission " + rs.getLong("round_id") + "/" + rs.getLong("sender_unit_id"),
                        rs.getString("status") + " v" + rs.getInt("version_no") + " " + rs.getInt("item_count")))
                .list();
        Map<String, String> model = new java.util.HashMap<>();
        jdbc.sql("select holder_unit_id, award_code, school_year, awards, revoked, amount from rpt_award")
                .query((rs, n) -> model.put(
                        "award " + rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getString(3),
                        rs.getLong(4) + " " + rs.getLong(5) + " " + rs.getLong(6)))
                .list();
        jdbc.sql("select round_id, sender_unit_id, status, version_no, item_count from rpt_submission")
                .query((rs, n) -> model.put(
                        "submission " + rs.getLong(1) + "/" + rs.getLong(2),
                        rs.getString(3) + " v" + rs.getInt(4) + " " + rs.getInt(5)))
                .list();
        java.util.Set<String> keys = new java.util.TreeSet<>(live.keySet());
        keys.addAll(model.keySet());
        for (String key : keys) {
            if (!java.util.Objects.equals(live.get(key), model.get(key))) {
                differences.add(key + ": read model " + model.get(key) + ", live " + live.get(key));
            }
        }
        return differences;
    }
}

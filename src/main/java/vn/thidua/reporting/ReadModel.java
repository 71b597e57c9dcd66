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
import vn.thidua.exemplar.ExemplarStage;
import vn.thidua.submission.SubmissionService;

/**
 * Writes the summary rows. Each slice (a unit's awards of a school year; a unit's submission in a round; a unit's
 * exemplars) is recomputed from the source tables by the same SQL that the full rebuild runs, so an incremental
 * refresh and a rebuild cannot disagree. Runs on the caller's transaction: an event's refresh commits with the change
 * it reflects.
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

    /**
     * Each exemplar of a unit: its phase, field, the latest stage it reached (1–4 in the order of
     * {@link ExemplarStage}, 0 before any entry), the replication reach of its nhân rộng entries, and how many "learned
     * from" records other units made on its gallery stories.
     */
    static final String EXEMPLAR_SOURCE =
            """
            select x.id as exemplar_id, x.tenant_id as unit_id, p.start_year, p.end_year, x.field,
                   coalesce((select max(case e.stage %1$s else 0 end) from exemplar_entry e
                             where e.tenant_id = x.tenant_id and e.exemplar_id = x.id), 0) as stage_no,
                   coalesce((select sum(e.participants) from exemplar_entry e
                             where e.tenant_id = x.tenant_id and e.exemplar_id = x.id and e.stage = 'NHAN_RONG'), 0)
                     as participants,
                   coalesce((select sum(e.units_reached) from exemplar_entry e
                             where e.tenant_id = x.tenant_id and e.exemplar_id = x.id and e.stage = 'NHAN_RONG'), 0)
                     as units_reached,
                   (select count(*) from exemplar_story_learning l join exemplar_story s on s.id = l.story_id
                     where s.exemplar_id = x.id) as learnings
            from exemplar x join exemplar_phase p on p.id = x.phase_id
            """
                    .formatted(java.util.Arrays.stream(ExemplarStage.values())
                            .map(st -> "when '" + st.name() + "' then " + (st.ordinal() + 1))
                            .collect(java.util.stream.Collectors.joining(" ")));

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
        List<Object[]> units = orgTree();
        List<Object[]> byName = new java.util.ArrayList<>(units);
        byName.sort(java.util.Comparator.comparing((Object[] u) -> (String) u[6], vn.thidua.shared.Text.VIETNAMESE)
                .thenComparing(u -> (Long) u[0]));
        Map<Long, Integer> rank = new java.util.HashMap<>();
        byName.forEach(u -> rank.put((Long) u[0], rank.size()));
        List<Object[]> rows = new java.util.ArrayList<>();
        for (Object[] u : units) {
            Long[] levels = levels((String) u[1]);
            rows.add(new Object[] {
                u[0], u[3], u[2], levels[0], levels[1], levels[2], u[4], u[5], u[6], rank.get((Long) u[0])
            });
        }
        batch(
                """
                insert into rpt_unit (unit_id, province_code, depth, l0_id, l1_id, l2_id, unit_type, school_type, name,
                                      sort_rank)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows);
    }

    /** id, path, depth, province, type, school type, name of every unit, by id. */
    private List<Object[]> orgTree() {
        return jdbc.sql("select id, path, depth, province_code, type, school_type, name from org_unit order by id")
                .query((rs, n) -> new Object[] {
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7)
                })
                .list();
    }

    /**
     * A fingerprint of what the model's rows depend on besides the facts: the org tree (ancestors, names, types)
     * and the model's version. A restart whose tenants-config changed nothing finds it unchanged and keeps the rows.
     */
    String treeFingerprint() {
        java.security.MessageDigest digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        digest.update(MODEL_VERSION.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (Object[] u : orgTree()) {
            digest.update(Arrays.toString(u).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    /** The fingerprint the rows were last rebuilt on, or null. */
    @Transactional(propagation = Propagation.MANDATORY)
    String builtOn() {
        return jdbc.sql("select meta_value from rpt_meta where meta_key = 'tree'")
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** Rebuilds unless the rows were built on the current org tree by this version of the model. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean rebuildIfTreeChanged() {
        String fingerprint = treeFingerprint();
        if (fingerprint.equals(builtOn())) {
            log.info("Read model is up to date with the org tree: not rebuilt");
            return false;
        }
        rebuild(fingerprint);
        return true;
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

    /** Recomputes units' awards of school years, then the scope rows above them (each once). */
    @Transactional(propagation = Propagation.MANDATORY)
    void refreshAwards(java.util.Collection<Map.Entry<Long, String>> slices) {
        java.util.Set<RollupKey> keys = new java.util.LinkedHashSet<>();
        for (Map.Entry<Long, String> slice : new java.util.LinkedHashSet<>(slices)) {
            long holderUnitId = slice.getKey();
            String schoolYear = slice.getValue();
            jdbc.sql("delete from rpt_award where holder_unit_id = :u and school_year = :y")
                    .param("u", holderUnitId)
                    .param("y", schoolYear)
                    .update();
            jdbc.sql(insertAwards("where r.holder_unit_id = :u and r.school_year = :y"))
                    .param("u", holderUnitId)
                    .param("y", schoolYear)
                    .update();
            keys.addAll(rollupKeys(holderUnitId, schoolYear, List.of(Rollup.AWARD_CHILD, Rollup.AWARD_TYPE)));
        }
        keys.forEach(this::recompute);
    }

    // ------------------------------------------------------------------------------------------- scope rows

    /** Version of the rows' shape and meaning; a new version rebuilds at the next start. */
    static final String MODEL_VERSION = "3";

    /** The scope rows: awards by child unit and award; by school type and award; submissions by child unit. */
    enum Rollup {
        AWARD_CHILD,
        AWARD_TYPE,
        SUBMISSION_CHILD,
        /** Exemplars by child unit, phase, field and stage (not by school year: a phase spans several). */
        EXEMPLAR_CHILD
    }

    /**
     * One group of scope rows: a scope unit's rows of a year for one child unit (or one school type); exemplar rows
     * have no school year ({@code null}).
     */
    record RollupKey(Rollup rollup, int level, long scopeId, String schoolYear, Object group) {}

    /** The unit's column at {@code level} and the expression of the child unit below it (itself at the bottom). */
    private static String scopeColumn(int level) {
        return "l" + level + "_id";
    }

    private static String childExpression(int level) {
        return level < ReportingService.MAX_LEVEL
                ? "coalesce(l" + (level + 1) + "_id, l" + level + "_id)"
                : scopeColumn(level);
    }

    /**
     * The statement that writes the scope rows of one level from the summary rows: all of them ({@code and} empty)
     * or one key's. The rebuild and the refresh of a key run this same statement.
     */
    private static String rollupSql(Rollup rollup, int level, String and) {
        String scope = scopeColumn(level);
        String child = childExpression(level);
        return switch (rollup) {
            case AWARD_CHILD ->
                """
                insert into rpt_award_child (scope_id, school_year, child_id, award_code, awards, child_name, child_rank)
                select g.scope_id, g.school_year, g.child_id, g.award_code, g.awards, u.name as child_name,
                       u.sort_rank as child_rank from (
                  select %1$s as scope_id, school_year, %2$s as child_id, award_code, sum(awards) as awards
                  from rpt_award where %1$s is not null%3$s group by %1$s, school_year, %2$s, award_code) g
                join rpt_unit u on u.unit_id = g.child_id"""
                        .formatted(scope, child, and);
            case AWARD_TYPE ->
                """
                insert into rpt_award_type (scope_id, school_year, school_type, award_code, awards)
                select %1$s as scope_id, school_year, coalesce(school_type, '') as school_type, award_code,
                       sum(awards) as awards from rpt_award
                where %1$s is not null%2$s group by %1$s, school_year, coalesce(school_type, ''), award_code"""
                        .formatted(scope, and);
            case SUBMISSION_CHILD ->
                """
                insert into rpt_submission_child (scope_id, school_year, child_id, sent, late, returned, accepted,
                                                  child_name, child_rank)
                select g.scope_id, g.school_year, g.child_id, g.sent, g.late, g.returned, g.accepted,
                       u.name as child_name, u.sort_rank as child_rank from (
                  select %1$s as scope_id, school_year, %2$s as child_id, count(*) as sent,
                         sum(case when late then 1 else 0 end) as late,
                         sum(case when status = 'RETURNED' then 1 else 0 end) as returned,
                         sum(case when status = 'ACCEPTED' then 1 else 0 end) as accepted
                  from rpt_submission where %1$s is not null%3$s group by %1$s, school_year, %2$s) g
                join rpt_unit u on u.unit_id = g.child_id"""
                        .formatted(scope, child, and);
            case EXEMPLAR_CHILD ->
                """
                insert into rpt_exemplar_child (scope_id, child_id, start_year, end_year, field, stage_no, exemplars,
                                                participants, units_reached, learnings, child_name, child_rank)
                select g.scope_id, g.child_id, g.start_year, g.end_year, g.field, g.stage_no, g.exemplars,
                       g.participants, g.units_reached, g.learnings, u.name as child_name,
                       u.sort_rank as child_rank from (
                  select %1$s as scope_id, %2$s as child_id, start_year, end_year, field, stage_no,
                         count(*) as exemplars, sum(participants) as participants,
                         sum(units_reached) as units_reached, sum(learnings) as learnings
                  from rpt_exemplar where %1$s is not null%3$s
                  group by %1$s, %2$s, start_year, end_year, field, stage_no) g
                join rpt_unit u on u.unit_id = g.child_id"""
                        .formatted(scope, child, and);
        };
    }

    private static String rollupTable(Rollup rollup) {
        return switch (rollup) {
            case AWARD_CHILD -> "rpt_award_child";
            case AWARD_TYPE -> "rpt_award_type";
            case SUBMISSION_CHILD -> "rpt_submission_child";
            case EXEMPLAR_CHILD -> "rpt_exemplar_child";
        };
    }

    /** The scope rows of {@code rollups} that the unit's rows of a school year feed: at each ancestor and itself. */
    private List<RollupKey> rollupKeys(long unitId, String schoolYear, List<Rollup> rollups) {
        List<RollupKey> keys = new java.util.ArrayList<>();
        jdbc.sql("select l0_id, l1_id, l2_id, school_type from rpt_unit where unit_id = :u")
                .param("u", unitId)
                .query((rs, n) -> {
                    Long[] levels = {
                        rs.getLong(1), (Long) rs.getObject(2, Long.class), (Long) rs.getObject(3, Long.class)
                    };
                    String type = rs.getString(4) == null ? "" : rs.getString(4);
                    for (int level = 0; level <= ReportingService.MAX_LEVEL && levels[level] != null; level++) {
                        long scope = levels[level];
                        long child = level < ReportingService.MAX_LEVEL && levels[level + 1] != null
                                ? levels[level + 1]
                                : scope;
                        for (Rollup rollup : rollups) {
                            Object group = rollup == Rollup.AWARD_TYPE ? type : child;
                            keys.add(new RollupKey(rollup, level, scope, schoolYear, group));
                        }
                    }
                    return null;
                })
                .list();
        return keys;
    }

    /** Rewrites one key's scope rows from the summary rows (by the indexes: a narrow range). */
    private void recompute(RollupKey key) {
        String group;
        String deleteGroup;
        Map<String, Object> params = new java.util.HashMap<>(Map.of("scope", key.scopeId()));
        if (key.schoolYear() != null) {
            params.put("y", key.schoolYear());
        }
        if (key.rollup() == Rollup.AWARD_TYPE) {
            deleteGroup = "school_type = :group";
            group = "".equals(key.group()) ? " and school_type is null" : " and school_type = :group";
        } else {
            deleteGroup = "child_id = :group";
            group = key.level() == ReportingService.MAX_LEVEL
                    ? ""
                    : key.group().equals(key.scopeId())
                            ? " and l" + (key.level() + 1) + "_id is null"
                            : " and l" + (key.level() + 1) + "_id = :group";
        }
        params.put("group", key.group());
        String year = key.schoolYear() == null ? "" : " and school_year = :y";
        jdbc.sql("delete from %s where scope_id = :scope%s and %s"
                        .formatted(rollupTable(key.rollup()), year, deleteGroup))
                .params(params)
                .update();
        jdbc.sql(rollupSql(
                        key.rollup(),
                        key.level(),
                        " and %s = :scope%s%s".formatted(scopeColumn(key.level()), year, group)))
                .params(params)
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
        jdbc.sql("select school_year from collection_round where id = :r")
                .param("r", roundId)
                .query(String.class)
                .optional()
                .ifPresent(year -> rollupKeys(senderUnitId, year, List.of(Rollup.SUBMISSION_CHILD))
                        .forEach(this::recompute));
    }

    /** Recomputes a unit's exemplar rows (every phase), then the scope rows above them. */
    @Transactional(propagation = Propagation.MANDATORY)
    void refreshExemplars(long unitId) {
        jdbc.sql("delete from rpt_exemplar where unit_id = :u")
                .param("u", unitId)
                .update();
        jdbc.sql(insertExemplars("where x.tenant_id = :u")).param("u", unitId).update();
        rollupKeys(unitId, null, List.of(Rollup.EXEMPLAR_CHILD)).forEach(this::recompute);
    }

    private static String insertExemplars(String where) {
        return """
                insert into rpt_exemplar (exemplar_id, unit_id, start_year, end_year, field, stage_no, participants,
                                          units_reached, learnings, province_code, l0_id, l1_id, l2_id, school_type)
                select a.exemplar_id, a.unit_id, a.start_year, a.end_year, a.field, a.stage_no, a.participants,
                       a.units_reached, a.learnings, u.province_code, u.l0_id, u.l1_id, u.l2_id, u.school_type
                from (%s %s) a
                join rpt_unit u on u.unit_id = a.unit_id"""
                .formatted(EXEMPLAR_SOURCE, where);
    }

    /** Recomputes everything from the source tables (a system job). Returns the rows written. */
    @Transactional(propagation = Propagation.MANDATORY)
    int rebuild() {
        return rebuild(treeFingerprint());
    }

    /** Rebuilds and records that the rows were built on the org tree of {@code fingerprint}. */
    private int rebuild(String fingerprint) {
        long start = System.nanoTime();
        for (String table : List.of(
                "rpt_award_child",
                "rpt_award_type",
                "rpt_submission_child",
                "rpt_exemplar_child",
                "rpt_exemplar",
                "rpt_nomination",
                "rpt_submission",
                "rpt_award")) {
            jdbc.sql("delete from " + table).update();
        }
        refreshUnits();
        int awards = jdbc.sql(insertAwards("")).update();
        int submissions = writeSubmissions("", Map.of());
        int exemplars = jdbc.sql(insertExemplars("")).update();
        int scopeRows = 0;
        for (Rollup rollup : Rollup.values()) {
            for (int level = 0; level <= ReportingService.MAX_LEVEL; level++) {
                scopeRows += jdbc.sql(rollupSql(rollup, level, "")).update();
            }
        }
        jdbc.sql("delete from rpt_meta where meta_key = 'tree'").update();
        jdbc.sql("insert into rpt_meta (meta_key, meta_value) values ('tree', :v)")
                .param("v", fingerprint)
                .update();
        log.info(
                "Read model rebuilt: {} award rows, {} submission rows, {} exemplar rows, {} scope rows in {} ms",
                awards,
                submissions,
                exemplars,
                scopeRows,
                (System.nanoTime() - start) / 1_000_000);
        return awards + submissions + exemplars + scopeRows;
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
        String exemplarColumns =
                "exemplar_id, unit_id, start_year, end_year, field, stage_no, participants, units_reached, learnings";
        java.util.function.BiConsumer<Map<String, String>, String> exemplarRows =
                (into, sql) -> jdbc.sql(sql).query(rs -> {
                    into.put(
                            "exemplar " + rs.getLong(1),
                            rs.getLong(2) + " " + rs.getInt(3) + "–" + rs.getInt(4) + " " + rs.getString(5) + " "
                                    + rs.getInt(6) + " " + rs.getLong(7) + " " + rs.getLong(8) + " " + rs.getLong(9));
                });
        exemplarRows.accept(live, "select " + exemplarColumns + " from (" + EXEMPLAR_SOURCE + ") x");
        Map<String, String> model = new java.util.HashMap<>();
        exemplarRows.accept(model, "select " + exemplarColumns + " from rpt_exemplar");
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
        // the scope rows against a fresh grouping of the summary rows (themselves checked against the sources above)
        for (Rollup rollup : Rollup.values()) {
            String columns =
                    switch (rollup) {
                        case AWARD_CHILD ->
                            "scope_id, school_year, child_id, award_code, awards, child_name, child_rank";
                        case AWARD_TYPE -> "scope_id, school_year, school_type, award_code, awards";
                        case SUBMISSION_CHILD ->
                            "scope_id, school_year, child_id, sent, late, returned, accepted, child_name, child_rank";
                        case EXEMPLAR_CHILD ->
                            "scope_id, child_id, start_year, end_year, field, stage_no, exemplars, participants,"
                                    + " units_reached, learnings, child_name, child_rank";
                    };
            int keyColumns =
                    switch (rollup) {
                        case SUBMISSION_CHILD -> 3;
                        case EXEMPLAR_CHILD -> 6;
                        default -> 4;
                    };
            java.util.function.BiConsumer<Map<String, String>, String> read =
                    (into, sql) -> jdbc.sql(sql).query(rs -> {
                        StringBuilder key = new StringBuilder(rollup.name().toLowerCase(java.util.Locale.ROOT));
                        StringBuilder value = new StringBuilder();
                        for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                            (c <= keyColumns ? key.append(c == 1 ? " " : "/") : value.append(' '))
                                    .append(rs.getString(c));
                        }
                        into.put(key.toString(), value.toString().strip());
                    });
            for (int level = 0; level <= ReportingService.MAX_LEVEL; level++) {
                String insert = rollupSql(rollup, level, "");
                read.accept(live, "select " + columns + " from (" + insert.substring(insert.indexOf("select")) + ") x");
            }
            read.accept(model, "select " + columns + " from " + rollupTable(rollup));
        }
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

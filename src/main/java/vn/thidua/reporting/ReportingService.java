package vn.thidua.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.thidua.catalogue.CatalogueService;
import vn.thidua.identity.CurrentUser;
import vn.thidua.identity.PortalPrincipal;
import vn.thidua.shared.NotFoundException;
import vn.thidua.tenancy.OrgUnitType;

/**
 * The dashboards' numbers, from the read model. The one place that reads across tenants: every query goes through
 * {@link #scope(Long)}, which admits only the active unit or a unit of its subtree and turns it into the predicate
 * "the row's ancestor at the unit's depth is the unit" (ADR 0011).
 */
@Service
public class ReportingService {

    /** Depths of the ancestor columns of the read model: l0 (department), l1 (office or direct school), l2. */
    static final int MAX_LEVEL = 2;

    private final JdbcClient jdbc;
    private final CatalogueService catalogue;
    private final org.springframework.context.MessageSource messages;

    ReportingService(JdbcClient jdbc, CatalogueService catalogue, org.springframework.context.MessageSource messages) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    /**
     * What a dashboard covers: {@code unitId} (null = the active unit), which must be the active unit or in its
     * subtree — anything else is "not found". Read from the read model's units (one primary-key read of both units):
     * the unit is in the active unit's subtree when its ancestor at the active unit's depth is the active unit. The
     * ancestor column at the unit's depth selects its rows; the column one level deeper groups them by child unit.
     */
    @PreAuthorize("hasRole('REPORT_VIEW')")
    public Scope scope(Long unitId) {
        long active = CurrentUser.require().activeUnitId();
        long target = unitId == null ? active : unitId;
        Map<Long, UnitRow> units = new HashMap<>();
        jdbc.sql(
                        """
                        select unit_id, depth, l0_id, l1_id, l2_id, unit_type, name from rpt_unit
                        where unit_id in (:target, :active)""")
                .param("target", target)
                .param("active", active)
                .query(rs -> {
                    units.put(
                            rs.getLong(1),
                            new UnitRow(
                                    rs.getInt(2),
                                    new Long[] {
                                        rs.getObject(3, Long.class),
                                        rs.getObject(4, Long.class),
                                        rs.getObject(5, Long.class)
                                    },
                                    OrgUnitType.valueOf(rs.getString(6)),
                                    rs.getString(7)));
                });
        UnitRow unit = units.get(target);
        UnitRow viewer = units.get(active);
        boolean visible = unit != null
                && viewer != null
                && (target == active
                        || viewer.depth() < unit.depth()
                                && viewer.depth() <= MAX_LEVEL
                                && Long.valueOf(active).equals(unit.levels()[viewer.depth()]));
        if (!visible) {
            throw new NotFoundException("unit");
        }
        return new Scope(target, unit.name(), unit.type(), Math.min(unit.depth(), MAX_LEVEL));
    }

    private record UnitRow(int depth, Long[] levels, OrgUnitType type, String name) {}

    /** The school years with awards in scope, newest first. */
    @PreAuthorize("hasRole('REPORT_VIEW')")
    public List<String> schoolYears(Long unitId) {
        return schoolYearsIn(scope(unitId));
    }

    /** The same, for a scope already checked by {@link #scope} (a dashboard checks it once). */
    List<String> schoolYearsIn(Scope s) {
        return jdbc.sql(
                        "select distinct school_year from rpt_award_type where scope_id = :id order by school_year desc")
                .param("id", s.unitId())
                .query(String.class)
                .list();
    }

    /**
     * Awards of the year by child unit (drill-down rows) and award; the unit's own awards first, under its own name,
     * then the children in Vietnamese order (the read model's rank: no collation at read time).
     */
    @PreAuthorize("hasRole('REPORT_VIEW')")
    public List<UnitAwards> awardsByChild(Long unitId, String schoolYear) {
        return awardsByChildIn(scope(unitId), schoolYear);
    }

    /** The same, for a scope already checked by {@link #scope} (a dashboard checks it once). */
    List<UnitAwards> awardsByChildIn(Scope s, String schoolYear) {
        // rows in primary-key order (child, award): one pass makes one UnitAwards per child
        List<UnitAwards> rows = new ArrayList<>();
        Map<Long, Integer> rank = new HashMap<>();
        class Child {
            long id = Long.MIN_VALUE;
            String name;
            Map<String, Long> counts;
            long total;

            void close() {
                if (counts != null) {
                    rows.add(new UnitAwards(id, name, id == s.unitId(), counts, total));
                }
            }
        }
        Child child = new Child();
        jdbc.sql(
                        """
                        select child_id, award_code, awards, child_name, child_rank from rpt_award_child
                        where scope_id = :id and school_year = :y order by child_id, award_code""")
                .param("id", s.unitId())
                .param("y", schoolYear)
                .query(rs -> {
                    long id = rs.getLong(1);
                    if (id != child.id) {
                        child.close();
                        child.id = id;
                        child.name = rs.getString(4);
                        child.counts = new HashMap<>();
                        child.total = 0;
                        rank.put(id, rs.getInt(5));
                    }
                    long awards = rs.getLong(3);
                    child.counts.put(rs.getString(2), awards);
                    child.total += awards;
                });
        child.close();
        // the unit's own first, then the children in Vietnamese order (their rank, an integer)
        rows.sort((x, y) -> x.self() != y.self()
                ? (x.self() ? -1 : 1)
                : Integer.compare(rank.get(x.unitId()), rank.get(y.unitId())));
        return rows;
    }

    /** Awards of the year by title / award form, in the catalogue's legal order. */
    @PreAuthorize("hasRole('REPORT_VIEW')")
    public List<Breakdown> awardsByCode(Long unitId, String schoolYear, Locale locale) {
        return awardsByCodeIn(scope(unitId), schoolYear, locale);
    }

    /** The same, for a scope already checked by {@link #scope} (a dashboard checks it once). */
    List<Breakdown> awardsByCodeIn(Scope s, String schoolYear, Locale locale) {
        Map<String, Long> sums = new HashMap<>();
        jdbc.sql(
                        """
                        select award_code, sum(awards) from rpt_award_type where scope_id = :id and school_year = :y
                        group by award_code""")
                .param("id", s.unitId())
                .param("y", schoolYear)
                .query(rs -> {
                    sums.put(rs.getString(1), rs.getLong(2));
                });
        List<Breakdown> rows = new ArrayList<>();
        for (var award : catalogue.awardTypes(vn.thidua.shared.Dates.today())) {
            Long n = sums.remove(award.code());
            if (n != null) {
                rows.add(new Breakdown(award.code(), award.name(locale), n));
            }
        }
        sums.entrySet().stream() // awards no longer in force today, after those in force
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> rows.add(
                        new Breakdown(e.getKey(), catalogue.get(e.getKey()).name(locale), e.getValue())));
        return rows;
    }

    /** Awards of the year by school type (MN, TH, THCS …; offices and the department as "—"). */
    @PreAuthorize("hasRole('REPORT_VIEW')")
    public List<Breakdown> awardsBySchoolType(Long unitId, String schoolYear) {
        return awardsBySchoolTypeIn(scope(unitId), schoolYear);
    }

    /** The same, for a scope already checked by {@link #scope} (a dashboard checks it once). */
    List<Breakdown> awardsBySchoolTypeIn(Scope s, String schoolYear) {
        return jdbc.sql(
                        """
                        select school_type, sum(awards) from rpt_award_type where scope_id = :id and school_year = :y
                        group by school_type order by school_type""")
                .param("id", s.unitId())
                .param("y", schoolYear)
                .query((rs, n) -> new Breakdown(
                        rs.getString(1), rs.getString(1).isEmpty() ? "—" : rs.getString(1), rs.getLong(2)))
                .list();
    }

    /** Awards per school year, oldest first (the trend over years). */
    @PreAuthorize("hasRole('REPORT_VIEW')")
    public List<Breakdown> awardTrend(Long unitId) {
        return awardTrendIn(scope(unitId));
    }

    /** The same, for a scope already checked by {@link #scope} (a dashboard checks it once). */
    List<Breakdown> awardTrendIn(Scope s) {
        return jdbc.sql(
                        """
                        select school_year, sum(awards) from rpt_award_type where scope_id = :id
                        group by school_year order by school_year""")
                .param("id", s.unitId())
                .query((rs, n) -> new Breakdown(rs.getString(1), rs.getString(1), rs.getLong(2)))
                .list();
    }

    /** Submissions of the year by child unit: sent, late, returned (last version), accepted; Vietnamese order. */
    @PreAuthorize("hasRole('REPORT_VIEW')")
    public List<Timeliness> timeliness(Long unitId, String schoolYear) {
        return timelinessIn(scope(unitId), schoolYear);
    }

    /** The same, for a scope already checked by {@link #scope} (a dashboard checks it once). */
    List<Timeliness> timelinessIn(Scope s, String schoolYear) {
        record Row(Timeliness t, int rank) {}
        return jdbc
                .sql(
                        """
                        select child_id, child_name, sent, late, returned, accepted, child_rank
                        from rpt_submission_child where scope_id = :id and school_year = :y""")
                .param("id", s.unitId())
                .param("y", schoolYear)
                .query((rs, n) -> new Row(
                        new Timeliness(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getLong(3),
                                rs.getLong(4),
                                rs.getLong(5),
                                rs.getLong(6)),
                        rs.getInt(7)))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparingInt(Row::rank).thenComparingLong(r -> r.t().unitId()))
                .map(Row::t)
                .toList();
    }

    /**
     * Exemplars by child unit in the phases that overlap the school year (a phase runs over calendar years, so
     * 2025–2026 sees a phase ending in 2025 and one starting in 2026): by stage reached, with the replication reach;
     * the unit's own first, then the children in Vietnamese order.
     */
    @PreAuthorize("hasRole('REPORT_VIEW')")
    public List<UnitExemplars> exemplarsByChild(Long unitId, String schoolYear) {
        return exemplarsIn(scope(unitId), schoolYear, Locale.ROOT).byChild();
    }

    /** Exemplars in the phases that overlap the school year by field, in the order of the fields. */
    @PreAuthorize("hasRole('REPORT_VIEW')")
    public List<Breakdown> exemplarsByField(Long unitId, String schoolYear, Locale locale) {
        return exemplarsIn(scope(unitId), schoolYear, locale).byField();
    }

    /** A dashboard's exemplar figures: by child unit and by field, from one read of the scope rows. */
    record ExemplarFigures(List<UnitExemplars> byChild, List<Breakdown> byField) {}

    /** Both exemplar tables, for a scope already checked by {@link #scope} (a dashboard checks it once). */
    ExemplarFigures exemplarsIn(Scope s, String schoolYear, Locale locale) {
        int year = Integer.parseInt(schoolYear.substring(0, 4));
        class Child {
            String name;
            int rank;
            long exemplars;
            long[] byStage = new long[vn.thidua.exemplar.ExemplarStage.values().length + 1];
            long participants;
            long unitsReached;
            long learnings;
        }
        Map<Long, Child> children = new HashMap<>();
        Map<String, Long> fields = new HashMap<>();
        jdbc.sql(
                        """
                        select child_id, child_name, child_rank, field, stage_no, exemplars, participants,
                               units_reached, learnings
                        from rpt_exemplar_child where scope_id = :id and start_year <= :next and end_year >= :y""")
                .param("id", s.unitId())
                .param("y", year)
                .param("next", year + 1)
                .query(rs -> {
                    Child c = children.computeIfAbsent(rs.getLong(1), k -> new Child());
                    c.name = rs.getString(2);
                    c.rank = rs.getInt(3);
                    long exemplars = rs.getLong(6);
                    fields.merge(rs.getString(4), exemplars, Long::sum);
                    c.exemplars += exemplars;
                    c.byStage[rs.getInt(5)] += exemplars;
                    c.participants += rs.getLong(7);
                    c.unitsReached += rs.getLong(8);
                    c.learnings += rs.getLong(9);
                });
        List<UnitExemplars> byChild = children.entrySet().stream()
                .sorted((x, y) -> x.getKey() == s.unitId() || y.getKey() == s.unitId()
                        ? Boolean.compare(y.getKey() == s.unitId(), x.getKey() == s.unitId())
                        : Integer.compare(x.getValue().rank, y.getValue().rank))
                .map(e -> {
                    Child c = e.getValue();
                    return new UnitExemplars(
                            e.getKey(),
                            c.name,
                            e.getKey() == s.unitId(),
                            c.exemplars,
                            java.util.Arrays.stream(c.byStage).boxed().toList(),
                            c.participants,
                            c.unitsReached,
                            c.learnings);
                })
                .toList();
        List<Breakdown> byField = new ArrayList<>();
        for (vn.thidua.exemplar.ExemplarField field : vn.thidua.exemplar.ExemplarField.values()) {
            Long n = fields.get(field.name());
            if (n != null) {
                byField.add(new Breakdown(
                        field.name(), messages.getMessage("exemplar.field." + field.name(), null, locale), n));
            }
        }
        return new ExemplarFigures(byChild, byField);
    }

    /** What the unit itself sent up in the school year, round by round (a school's submissions, drilled into). */
    @PreAuthorize("hasRole('REPORT_VIEW')")
    public List<SentSubmission> sentBy(Long unitId, String schoolYear) {
        return sentByIn(scope(unitId), schoolYear);
    }

    /** The same, for a scope already checked by {@link #scope} (a dashboard checks it once). */
    List<SentSubmission> sentByIn(Scope s, String schoolYear) {
        return jdbc.sql(
                        """
                        select s.round_id, c.name, s.deadline, s.status, s.version_no, s.first_sent_on, s.late,
                               s.item_count
                        from rpt_submission s join collection_round c on c.id = s.round_id
                        where s.sender_unit_id = :id and s.school_year = :y
                        order by s.deadline, s.first_sent_on, s.round_id""")
                .param("id", s.unitId())
                .param("y", schoolYear)
                .query((rs, n) -> new SentSubmission(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, java.time.LocalDate.class),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getObject(6, java.time.LocalDate.class),
                        rs.getBoolean(7),
                        rs.getInt(8)))
                .list();
    }

    /**
     * What the members of the active unit sent to it, round by round (status of the last version, lateness, count),
     * for the office dashboard; members that sent nothing in a round are absent here (the round board lists them).
     */
    @PreAuthorize("hasRole('REPORT_VIEW')")
    public List<MemberSubmission> receivedByActiveUnit(String schoolYear) {
        PortalPrincipal me = CurrentUser.require();
        return jdbc.sql(
                        """
                        select s.round_id, s.sender_unit_id, u.name, s.status, s.version_no, s.late, s.item_count,
                               s.first_sent_on
                        from rpt_submission s join rpt_unit u on u.unit_id = s.sender_unit_id
                        where s.receiver_unit_id = :me and s.school_year = :y
                        order by u.sort_rank, s.sender_unit_id, s.first_sent_on, s.round_id""")
                .param("me", me.activeUnitId())
                .param("y", schoolYear)
                .query((rs, n) -> new MemberSubmission(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getBoolean(6),
                        rs.getInt(7),
                        rs.getObject(8, java.time.LocalDate.class)))
                .list();
    }

    /** Nominees sent by each member of the active unit in a round, by award (for quota used vs allotted). */
    @PreAuthorize("hasRole('REPORT_VIEW')")
    public Map<Long, Map<String, Integer>> nomineesReceived(long roundId) {
        PortalPrincipal me = CurrentUser.require();
        Map<Long, Map<String, Integer>> result = new LinkedHashMap<>();
        jdbc.sql(
                        """
                        select n.sender_unit_id, n.award_code, n.nominees from rpt_nomination n
                        join rpt_submission s on s.round_id = n.round_id and s.sender_unit_id = n.sender_unit_id
                        where n.round_id = :r and s.receiver_unit_id = :me""")
                .param("r", roundId)
                .param("me", me.activeUnitId())
                .query((rs, n) -> result.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                        .merge(rs.getString(2), rs.getInt(3), Integer::sum))
                .list();
        return result;
    }
}

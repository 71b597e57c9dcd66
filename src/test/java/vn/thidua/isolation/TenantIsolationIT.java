package vn.thidua.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.thidua.IntegrationTest;
import vn.thidua.TestLogins;
import vn.thidua.audit.AuditService;
import vn.thidua.award.DecisionService;
import vn.thidua.identity.MemberSummary;
import vn.thidua.identity.UserAdminService;
import vn.thidua.identity.UserData;
import vn.thidua.identity.domain.MembershipRepository;
import vn.thidua.nomination.DossierData;
import vn.thidua.nomination.NominationService;
import vn.thidua.nomination.NomineeData;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Dates;
import vn.thidua.shared.NotFoundException;
import vn.thidua.submission.RoundData;
import vn.thidua.submission.RoundService;
import vn.thidua.submission.SubmissionService;
import vn.thidua.tenancy.TenantScope;
import vn.thidua.tenancy.UnitProfileData;
import vn.thidua.tenancy.UnitProfileService;
import vn.thidua.tenancy.domain.UnitProfileRepository;

/**
 * The tenant-isolation harness: for every tenant-owned entity type and every actor role, read, list, update and
 * delete the rows of the actor's own unit, a sibling, its parent, a child and another province. Expected: allowed
 * exactly when the target is the active unit or below it and the role grants the permission; every refusal
 * leaves the database unchanged. Later issues add their entity types to {@link #probes()}.
 */
@IntegrationTest
class TenantIsolationIT {

    @Autowired
    TestLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAdminService users;

    @Autowired
    UnitProfileService profiles;

    @Autowired
    AuditService audit;

    @Autowired
    MembershipRepository membershipRepository;

    @Autowired
    UnitProfileRepository profileRepository;

    @Autowired
    TenantScope scope;

    @Autowired
    NominationService nominations;

    @Autowired
    RoundService rounds;

    @Autowired
    SubmissionService submissions;

    @Autowired
    DecisionService decisions;

    @Autowired
    vn.thidua.registration.RegistrationService registrations;

    @Autowired
    vn.thidua.council.CouncilService council;

    @Autowired
    vn.thidua.exemplar.ExemplarService exemplars;

    @AfterEach
    void logout() {
        logins.logout();
    }

    /** An actor: a demo user in one active unit. */
    record Actor(String username, String unit, Set<String> permissions) {}

    /** A target unit seen from an actor, and how it relates to the actor's unit. */
    record Target(String relation, String unit) {}

    enum Op {
        READ,
        LIST,
        UPDATE,
        DELETE
    }

    /** What one entity type offers to the harness. {@code permissionFor} is null when the op does not exist. */
    interface Probe {
        String entity();

        String permissionFor(Op op);

        /** Whether the op may reach units below the active unit (false = only the active unit itself). */
        boolean reachesSubtree(Op op);

        void run(Op op, long unitId);

        /** A fingerprint of the target unit's rows, to prove a refused op changed nothing. */
        String fingerprint(long unitId);

        /** Whether the target unit has a row to probe (units without one have nothing to leak). */
        default boolean covers(long unitId) {
            return true;
        }
    }

    static final Map<String, List<Target>> TARGETS = Map.of(
            "MN-QUANGTRUNG-TN",
                    List.of(
                            new Target("own", "MN-QUANGTRUNG-TN"),
                            new Target("sibling", "TH-TRUNGVUONG-TN"),
                            new Target("cousin", "MN-THINHDAN-TN"),
                            new Target("parent", "XA-PDP-TN"),
                            new Target("grandparent", "SGD-TN"),
                            new Target("other province", "THCS-TANHOCO-DT")),
            "XA-PDP-TN",
                    List.of(
                            new Target("own", "XA-PDP-TN"),
                            new Target("child", "MN-QUANGTRUNG-TN"),
                            new Target("sibling", "XA-QUYETTHANG-TN"),
                            new Target("parent", "SGD-TN"),
                            new Target("other province", "XA-TANHOCO-DT")),
            "SGD-TN",
                    List.of(
                            new Target("own", "SGD-TN"),
                            new Target("child", "XA-PDP-TN"),
                            new Target("grandchild", "MN-QUANGTRUNG-TN"),
                            new Target("other province", "SGD-DT"),
                            new Target("other province school", "THCS-TANHOCO-DT")));

    static final List<Actor> ACTORS = List.of(
            new Actor(
                    "hieutruong.mnqt",
                    "MN-QUANGTRUNG-TN",
                    Set.of(
                            "UNIT_VIEW",
                            "USER_VIEW",
                            "USER_MANAGE",
                            "UNIT_PROFILE_EDIT",
                            "SUBMISSION_PREPARE",
                            "SUBMISSION_SEND",
                            "SUBMISSION_REVIEW",
                            "DECISION_MANAGE",
                            "REGISTRATION_MANAGE",
                            "COUNCIL_MANAGE")),
            new Actor("gv.mnqt", "MN-QUANGTRUNG-TN", Set.of("UNIT_VIEW")),
            new Actor(
                    "thuky.mnqt",
                    "MN-QUANGTRUNG-TN",
                    Set.of(
                            "UNIT_VIEW",
                            "USER_VIEW",
                            "SUBMISSION_PREPARE",
                            "SUBMISSION_SEND",
                            "SUBMISSION_REVIEW",
                            "DECISION_MANAGE",
                            "REGISTRATION_MANAGE",
                            "COUNCIL_MANAGE")),
            new Actor(
                    "vhxh.pdp",
                    "XA-PDP-TN",
                    Set.of(
                            "UNIT_VIEW",
                            "USER_VIEW",
                            "USER_MANAGE",
                            "UNIT_PROFILE_EDIT",
                            "SUBMISSION_PREPARE",
                            "SUBMISSION_SEND",
                            "SUBMISSION_REVIEW",
                            "DECISION_MANAGE",
                            "REGISTRATION_MANAGE",
                            "COUNCIL_MANAGE")),
            new Actor(
                    "truongphong.pdp",
                    "XA-PDP-TN",
                    Set.of(
                            "UNIT_VIEW",
                            "USER_VIEW",
                            "SUBMISSION_PREPARE",
                            "SUBMISSION_SEND",
                            "SUBMISSION_REVIEW",
                            "DECISION_MANAGE",
                            "REGISTRATION_MANAGE",
                            "COUNCIL_MANAGE")),
            new Actor(
                    "admin.sgd.tn",
                    "SGD-TN",
                    Set.of(
                            "UNIT_VIEW",
                            "USER_VIEW",
                            "USER_MANAGE",
                            "UNIT_PROFILE_EDIT",
                            "SUBMISSION_PREPARE",
                            "SUBMISSION_SEND",
                            "SUBMISSION_REVIEW",
                            "DECISION_MANAGE",
                            "REGISTRATION_MANAGE",
                            "COUNCIL_MANAGE")),
            new Actor(
                    "thiduakt.sgd.tn",
                    "SGD-TN",
                    Set.of(
                            "UNIT_VIEW",
                            "USER_VIEW",
                            "SUBMISSION_PREPARE",
                            "SUBMISSION_SEND",
                            "SUBMISSION_REVIEW",
                            "DECISION_MANAGE",
                            "REGISTRATION_MANAGE",
                            "COUNCIL_MANAGE")));

    List<Probe> probes() {
        return List.of(
                new UnitProfileProbe(),
                new MembershipProbe(),
                new UserAccountProbe(),
                new DossierProbe(),
                new NomineeProbe(),
                new SubmissionProbe(),
                new DecisionProbe(),
                new RegistrationRoundProbe(),
                new RegistrationEntryProbe(),
                new CouncilSessionProbe(),
                new ExemplarPhaseProbe(),
                new ExemplarProbe(),
                new ExemplarEntryProbe());
    }

    /** Rows in the other province too, so that reaching across provinces has something to find. */
    void seedOtherProvince() {
        if (jdbc.sql("select count(*) from dossier where tenant_id = :t")
                        .param("t", logins.unitId("THCS-TANHOCO-DT"))
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        logins.as("admin.sgd.dt", "SGD-DT");
        long round = rounds.open(new RoundData(
                        "Khen thưởng tổng kết năm học 2025-2026",
                        "2025-2026",
                        Dates.today().plusDays(10),
                        Set.of("LDTT"),
                        null,
                        0))
                .id();
        logins.as("hieutruong.thcsthc", "THCS-TANHOCO-DT");
        long dossier = nominations.openDossier(round);
        nominations.addNominee(
                dossier,
                new NomineeData(
                        "INDIVIDUAL",
                        "LDTT",
                        "Trần Văn Phúc",
                        "Giáo viên Toán",
                        "THCS Tân Hộ Cơ",
                        15,
                        "Hoàn thành tốt nhiệm vụ",
                        null,
                        null,
                        null,
                        null,
                        null,
                        0));
        nominations.attachMinutes(dossier, "bien-ban.pdf", "%PDF-1.4\n%%EOF\n".getBytes());
        nominations.send(dossier, java.util.UUID.randomUUID().toString());
        long registrationRound = registrations
                .openRound(new vn.thidua.registration.RegistrationRoundData(
                        "Đăng ký thi đua năm học 2026–2027",
                        "2026-2027",
                        Dates.today().plusDays(10),
                        List.of(vn.thidua.registration.TargetData.percent("LDTT", 100)),
                        0))
                .id();
        var phase = exemplars.openPhase(2026, 2030);
        long exemplar = exemplars.add(
                phase.id(),
                new vn.thidua.exemplar.ExemplarData(
                        null, "Tổ Toán – Tin", vn.thidua.exemplar.ExemplarField.TEACHING_INNOVATION, null, null, null));
        exemplars.addEntry(
                exemplar,
                vn.thidua.exemplar.EntryData.of(
                        vn.thidua.exemplar.ExemplarStage.PHAT_HIEN,
                        java.time.LocalDate.of(2026, 10, 5),
                        "Chuyên đề dạy học theo dự án"));
        logins.as("gv.thcsthc", "THCS-TANHOCO-DT");
        registrations.register(
                registrationRound, new vn.thidua.registration.MyRegistrationData(Set.of("LDTT"), null, null));
        logins.logout();
    }

    @TestFactory
    Stream<DynamicTest> everyEntityRoleAndRelation() {
        seedOtherProvince();
        List<DynamicTest> tests = new ArrayList<>();
        for (Actor actor : ACTORS) {
            for (Target target : TARGETS.get(actor.unit())) {
                for (Probe probe : probes()) {
                    if (!probe.covers(logins.unitId(target.unit()))) {
                        continue;
                    }
                    for (Op op : Op.values()) {
                        String permission = probe.permissionFor(op);
                        if (permission == null) {
                            continue;
                        }
                        boolean inReach = target.relation().equals("own")
                                || (probe.reachesSubtree(op)
                                        && target.relation().contains("child"));
                        boolean expected = inReach && actor.permissions().contains(permission);
                        String name = "%s@%s %s %s of %s (%s) → %s"
                                .formatted(
                                        actor.username(),
                                        actor.unit(),
                                        op,
                                        probe.entity(),
                                        target.unit(),
                                        target.relation(),
                                        expected ? "allowed" : "refused");
                        tests.add(DynamicTest.dynamicTest(name, () -> check(actor, target, probe, op, expected)));
                    }
                }
            }
        }
        return tests.stream();
    }

    private void check(Actor actor, Target target, Probe probe, Op op, boolean expected) {
        long unitId = logins.unitId(target.unit());
        logins.as(actor.username(), actor.unit());
        String before = probe.fingerprint(unitId);
        Throwable thrown = catchThrowable(() -> probe.run(op, unitId));
        if (expected) {
            assertThat(thrown).as("allowed operation failed").isNull();
        } else {
            assertThat(thrown)
                    .as("operation must be refused")
                    .isInstanceOfAny(
                            AccessDeniedException.class,
                            NotFoundException.class,
                            org.springframework.security.authorization.AuthorizationDeniedException.class);
            assertThat(probe.fingerprint(unitId))
                    .as("a refused operation changed data")
                    .isEqualTo(before);
        }
    }

    @Test
    void findByIdDoesNotBypassTheTenantFilter() {
        long school = logins.unitId("MN-QUANGTRUNG-TN");
        long otherSchool = logins.unitId("THCS-TANHOCO-DT");
        long otherMembership = jdbc.sql("select min(id) from membership where tenant_id = :t")
                .param("t", otherSchool)
                .query(Long.class)
                .single();
        long ownMembership = jdbc.sql("select min(id) from membership where tenant_id = :t")
                .param("t", school)
                .query(Long.class)
                .single();
        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        assertThat(scope.readInUnit(school, () -> membershipRepository.findById(ownMembership)))
                .isPresent();
        assertThat(scope.readInUnit(school, () -> membershipRepository.findById(otherMembership)))
                .isEmpty();
        assertThat(scope.readInUnit(school, () -> membershipRepository.findAll()))
                .allSatisfy(m -> assertThat(m.getTenantId()).isEqualTo(school));
        assertThat(scope.readInUnit(school, () -> profileRepository.findAll()))
                .allSatisfy(p -> assertThat(p.getTenantId()).isEqualTo(school));
    }

    @Test
    void withoutAUserNoTenantRowIsVisible() {
        logins.logout();
        assertThat(membershipRepository.findAll()).isEmpty();
        assertThat(profileRepository.findAll()).isEmpty();
    }

    @Test
    void theAuditLogShowsOnlyTheSubtree() {
        logins.as("admin.sgd.tn", "SGD-TN");
        String tnPath = jdbc.sql("select path from org_unit where code = 'SGD-TN'")
                .query(String.class)
                .single();
        assertThat(audit.entries(null, 0, 500)).isNotEmpty().allSatisfy(e -> assertThat(
                        jdbc.sql("select path from org_unit where id = :id")
                                .param("id", e.unitId())
                                .query(String.class)
                                .single())
                .startsWith(tnPath));
        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        long school = logins.unitId("MN-QUANGTRUNG-TN");
        assertThat(audit.entries(null, 0, 500)).isNotEmpty().allSatisfy(e -> assertThat(e.unitId())
                .isEqualTo(school));
        logins.as("gv.mnqt", "MN-QUANGTRUNG-TN");
        assertThat(catchThrowable(() -> audit.entries(null, 0, 10))).isNotNull();
    }

    // ------------------------------------------------------------------ probes

    /** One id of a tenant table in a unit, or -1. */
    private long anyId(String table, long unitId) {
        return jdbc.sql("select coalesce(max(id), -1) from " + table + " where tenant_id = :t")
                .param("t", unitId)
                .query(Long.class)
                .single();
    }

    class ExemplarPhaseProbe implements Probe {
        public String entity() {
            return "ExemplarPhase";
        }

        public String permissionFor(Op op) {
            return op == Op.READ ? "UNIT_VIEW" : null;
        }

        public boolean reachesSubtree(Op op) {
            return false;
        }

        public boolean covers(long unitId) {
            return anyId("exemplar_phase", unitId) > 0;
        }

        public void run(Op op, long unitId) {
            exemplars.phase(anyId("exemplar_phase", unitId));
        }

        public String fingerprint(long unitId) {
            return rows("select id, start_year, end_year, version from exemplar_phase where tenant_id = :t", unitId);
        }
    }

    class ExemplarProbe implements Probe {
        public String entity() {
            return "Exemplar";
        }

        public String permissionFor(Op op) {
            return switch (op) {
                case READ -> "UNIT_VIEW";
                case UPDATE -> "REGISTRATION_MANAGE";
                default -> null;
            };
        }

        public boolean reachesSubtree(Op op) {
            return false;
        }

        public boolean covers(long unitId) {
            return anyId("exemplar", unitId) > 0;
        }

        public void run(Op op, long unitId) {
            long id = anyId("exemplar", unitId);
            if (op == Op.READ) {
                exemplars.details(id);
            } else {
                // describing it as it is: no change, but the exemplar is looked up and the permission checked
                var row = jdbc.sql("select field, criteria from exemplar where id = :id")
                        .param("id", id)
                        .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
                        .single();
                exemplars.describe(id, vn.thidua.exemplar.ExemplarField.valueOf(row[0]), row[1]);
            }
        }

        public String fingerprint(long unitId) {
            return rows(
                    "select id, name, field, criteria, mentor_name, version from exemplar where tenant_id = :t",
                    unitId);
        }
    }

    class ExemplarEntryProbe implements Probe {
        public String entity() {
            return "ExemplarEntry";
        }

        public String permissionFor(Op op) {
            return op == Op.UPDATE ? "REGISTRATION_MANAGE" : null;
        }

        public boolean reachesSubtree(Op op) {
            return false;
        }

        /** An entry already done: marking it done again changes nothing but looks it up. */
        private long doneEntry(long unitId) {
            return jdbc.sql("select coalesce(max(id), -1) from exemplar_entry where tenant_id = :t and done = true")
                    .param("t", unitId)
                    .query(Long.class)
                    .single();
        }

        public boolean covers(long unitId) {
            return doneEntry(unitId) > 0;
        }

        public void run(Op op, long unitId) {
            exemplars.markDone(doneEntry(unitId));
        }

        public String fingerprint(long unitId) {
            return rows(
                    "select id, stage, entry_date, done, participants, version from exemplar_entry where tenant_id = :t",
                    unitId);
        }
    }

    class RegistrationRoundProbe implements Probe {
        public String entity() {
            return "RegistrationRound";
        }

        public String permissionFor(Op op) {
            return switch (op) {
                case READ -> "UNIT_VIEW";
                case UPDATE -> "REGISTRATION_MANAGE";
                default -> null;
            };
        }

        public boolean reachesSubtree(Op op) {
            return false;
        }

        public boolean covers(long unitId) {
            return anyId("registration_round", unitId) > 0;
        }

        public void run(Op op, long unitId) {
            long id = anyId("registration_round", unitId);
            if (op == Op.READ) {
                registrations.round(id);
            } else {
                // closing to the state it has: no change, but the round is looked up and the permission checked
                boolean closed = jdbc.sql("select closed from registration_round where id = :id")
                        .param("id", id)
                        .query(Boolean.class)
                        .single();
                registrations.setClosed(id, closed);
            }
        }

        public String fingerprint(long unitId) {
            return rows(
                    "select id, name, deadline, closed, version from registration_round where tenant_id = :t", unitId);
        }
    }

    class RegistrationEntryProbe implements Probe {
        public String entity() {
            return "RegistrationEntry";
        }

        public String permissionFor(Op op) {
            return op == Op.UPDATE ? "REGISTRATION_MANAGE" : null;
        }

        public boolean reachesSubtree(Op op) {
            return false;
        }

        public boolean covers(long unitId) {
            return anyId("registration_entry", unitId) > 0;
        }

        public void run(Op op, long unitId) {
            long id = anyId("registration_entry", unitId);
            var row = jdbc.sql("select round_id, model_candidate, model_field from registration_entry where id = :id")
                    .param("id", id)
                    .query((rs, i) -> new Object[] {rs.getLong(1), rs.getBoolean(2), rs.getString(3)})
                    .single();
            // marking it as it is: no change, but the entry is looked up and the permission checked
            registrations.markModelCandidate((Long) row[0], id, (Boolean) row[1], (String) row[2]);
        }

        public String fingerprint(long unitId) {
            return rows(
                    "select id, title_codes, model_candidate, model_field, version from registration_entry"
                            + " where tenant_id = :t",
                    unitId);
        }
    }

    class DossierProbe implements Probe {
        public String entity() {
            return "Dossier";
        }

        public String permissionFor(Op op) {
            return switch (op) {
                case READ, UPDATE -> "SUBMISSION_PREPARE";
                default -> null;
            };
        }

        public boolean reachesSubtree(Op op) {
            return false;
        }

        public boolean covers(long unitId) {
            return anyId("dossier", unitId) > 0;
        }

        public void run(Op op, long unitId) {
            long id = anyId("dossier", unitId);
            if (op == Op.READ) {
                nominations.details(id);
            } else {
                // the harness may not change a dossier: rename it to its own title (no change, but fully checked)
                var d = nominations.details(id);
                try {
                    nominations.updateDossier(
                            id,
                            new DossierData(
                                    d.summary().title(),
                                    d.signerPrefix(),
                                    d.signerTitle(),
                                    d.signerName(),
                                    d.place(),
                                    d.summary().version()));
                } catch (BusinessException locked) {
                    // a sent or accepted dossier is locked: reaching that rule means the tenant gate let it through
                }
            }
        }

        public String fingerprint(long unitId) {
            return rows("select id, title, version from dossier where tenant_id = :t", unitId);
        }
    }

    class NomineeProbe implements Probe {
        public String entity() {
            return "Nominee";
        }

        public String permissionFor(Op op) {
            return op == Op.DELETE ? "SUBMISSION_PREPARE" : null;
        }

        public boolean reachesSubtree(Op op) {
            return false;
        }

        public boolean covers(long unitId) {
            return anyId("nominee", unitId) > 0;
        }

        public void run(Op op, long unitId) {
            long id = anyId("nominee", unitId);
            try {
                nominations.move(id, 0);
            } catch (BusinessException locked) {
                // locked dossier: the nominee was found, i.e. it is the active unit's own
            }
        }

        public String fingerprint(long unitId) {
            return rows("select id, seq, full_name, version from nominee where tenant_id = :t", unitId);
        }
    }

    class SubmissionProbe implements Probe {
        public String entity() {
            return "Submission";
        }

        public String permissionFor(Op op) {
            return switch (op) {
                case READ -> "UNIT_VIEW";
                case UPDATE -> "SUBMISSION_REVIEW";
                default -> null;
            };
        }

        public boolean reachesSubtree(Op op) {
            return false;
        }

        /** Only units with an inbox copy: both ops then have a row (an inbox copy is also readable). */
        public boolean covers(long unitId) {
            return inboxId(unitId) > 0;
        }

        private long inboxId(long unitId) {
            return jdbc.sql("select coalesce(max(id), -1) from submission where tenant_id = :t and side = 'INBOX'")
                    .param("t", unitId)
                    .query(Long.class)
                    .single();
        }

        public void run(Op op, long unitId) {
            long id = inboxId(unitId);
            if (op == Op.READ) {
                submissions.details(id);
            } else {
                try {
                    submissions.accept(id, -1);
                } catch (BusinessException stale) {
                    // version -1 never matches: found, so it is the active unit's own copy
                }
            }
        }

        public String fingerprint(long unitId) {
            return rows("select id, status, version from submission where tenant_id = :t", unitId);
        }
    }

    class DecisionProbe implements Probe {
        public String entity() {
            return "AwardDecision";
        }

        public String permissionFor(Op op) {
            return switch (op) {
                case READ, UPDATE -> "DECISION_MANAGE";
                default -> null;
            };
        }

        public boolean reachesSubtree(Op op) {
            return false;
        }

        public boolean covers(long unitId) {
            return anyId("award_decision", unitId) > 0;
        }

        public void run(Op op, long unitId) {
            long id = anyId("award_decision", unitId);
            if (op == Op.READ) {
                decisions.details(id);
            } else {
                try {
                    decisions.issue(id, -1);
                } catch (BusinessException issuedOrStale) {
                    // found: an issued decision, or a stale version
                }
            }
        }

        public String fingerprint(long unitId) {
            return rows("select id, issued, version from award_decision where tenant_id = :t", unitId);
        }
    }

    class CouncilSessionProbe implements Probe {
        public String entity() {
            return "CouncilSession";
        }

        public String permissionFor(Op op) {
            return switch (op) {
                case READ, UPDATE -> "COUNCIL_MANAGE";
                default -> null;
            };
        }

        public boolean reachesSubtree(Op op) {
            return false;
        }

        public boolean covers(long unitId) {
            return anyId("council_session", unitId) > 0;
        }

        public void run(Op op, long unitId) {
            long id = anyId("council_session", unitId);
            var details = council.details(id);
            if (op == Op.UPDATE) {
                try {
                    // no change, fully checked: the same ballot mode again
                    council.setMode(id, details.summary().mode());
                } catch (BusinessException frozen) {
                    // voting or closed: reaching that rule means the tenant gate let it through
                }
            }
        }

        public String fingerprint(long unitId) {
            return rows(
                    "select s.id, s.status, s.ballots_cast, s.version, sum(c.yes_count), sum(c.no_count)"
                            + " from council_session s left join council_candidate c on c.session_id = s.id"
                            + " where s.tenant_id = :t group by s.id, s.status, s.ballots_cast, s.version",
                    unitId);
        }
    }

    private String rows(String sql, long unitId) {
        return jdbc.sql(sql)
                .param("t", unitId)
                .query((rs, i) -> {
                    StringBuilder b = new StringBuilder();
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        b.append(rs.getString(c)).append('|');
                    }
                    return b.toString();
                })
                .list()
                .toString();
    }

    class UnitProfileProbe implements Probe {
        public String entity() {
            return "UnitProfile";
        }

        public String permissionFor(Op op) {
            return switch (op) {
                case READ -> "UNIT_VIEW";
                case UPDATE -> "UNIT_PROFILE_EDIT";
                default -> null;
            };
        }

        public boolean reachesSubtree(Op op) {
            return op == Op.READ;
        }

        public void run(Op op, long unitId) {
            if (op == Op.READ) {
                profiles.get(unitId);
            } else {
                long version = profiles.get(unitId).version();
                profiles.update(
                        unitId,
                        new UnitProfileData("Số 1, đường Thử", "0208 3855 123", null, "Người Thử", null, version));
            }
        }

        public String fingerprint(long unitId) {
            return rows("select address, phone, head_name, version from unit_profile where tenant_id = :t", unitId);
        }
    }

    class MembershipProbe implements Probe {
        public String entity() {
            return "Membership";
        }

        public String permissionFor(Op op) {
            return switch (op) {
                case READ, LIST -> "USER_VIEW";
                case UPDATE, DELETE -> "USER_MANAGE";
            };
        }

        public boolean reachesSubtree(Op op) {
            return true;
        }

        private long anyMembership(long unitId) {
            return jdbc.sql("select max(m.id) from membership m join user_account u on u.id = m.user_id"
                            + " where m.tenant_id = :t and m.roles = 'STAFF'")
                    .param("t", unitId)
                    .query(Long.class)
                    .optional()
                    .orElse(-1L);
        }

        public void run(Op op, long unitId) {
            long id = anyMembership(unitId);
            switch (op) {
                case LIST -> users.members(unitId, null, 0, 50);
                case READ -> users.member(unitId, id);
                case UPDATE -> {
                    MemberSummary m = users.member(unitId, id);
                    users.update(
                            unitId,
                            id,
                            m.version(),
                            new UserData(
                                    m.username(),
                                    m.displayName(),
                                    m.email(),
                                    m.phone(),
                                    "Chức vụ thử " + System.nanoTime(),
                                    m.roles(),
                                    null));
                }
                case DELETE -> {
                    MemberSummary m = users.member(unitId, id);
                    try {
                        users.remove(unitId, id);
                    } finally {
                        restore(unitId, m);
                    }
                }
            }
        }

        private void restore(long unitId, MemberSummary m) {
            if (jdbc.sql("select count(*) from membership where id = :id")
                            .param("id", m.membershipId())
                            .query(Long.class)
                            .single()
                    == 0) {
                users.create(
                        unitId,
                        new UserData(
                                m.username(), m.displayName(), m.email(), m.phone(), m.position(), m.roles(), null));
            }
        }

        public String fingerprint(long unitId) {
            return rows(
                    "select m.user_id, m.roles, m.position, m.version from membership m where m.tenant_id = :t"
                            + " order by m.user_id",
                    unitId);
        }
    }

    class UserAccountProbe implements Probe {
        public String entity() {
            return "UserAccount";
        }

        public String permissionFor(Op op) {
            return op == Op.UPDATE ? "USER_MANAGE" : null;
        }

        public boolean reachesSubtree(Op op) {
            return true;
        }

        public void run(Op op, long unitId) {
            long id = jdbc.sql("select max(m.id) from membership m where m.tenant_id = :t and m.roles = 'STAFF'")
                    .param("t", unitId)
                    .query(Long.class)
                    .optional()
                    .orElse(-1L);
            users.resetPassword(unitId, id, "matkhaumoi123");
        }

        public String fingerprint(long unitId) {
            return rows(
                    "select u.id, u.password_hash, u.display_name, u.version from user_account u join membership m"
                            + " on m.user_id = u.id where m.tenant_id = :t order by u.id",
                    unitId);
        }
    }
}

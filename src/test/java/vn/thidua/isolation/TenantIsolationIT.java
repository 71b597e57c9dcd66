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
import vn.thidua.identity.MemberSummary;
import vn.thidua.identity.UserAdminService;
import vn.thidua.identity.UserData;
import vn.thidua.identity.domain.MembershipRepository;
import vn.thidua.shared.NotFoundException;
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
                    Set.of("UNIT_VIEW", "USER_VIEW", "USER_MANAGE", "UNIT_PROFILE_EDIT")),
            new Actor("gv.mnqt", "MN-QUANGTRUNG-TN", Set.of("UNIT_VIEW")),
            new Actor("thuky.mnqt", "MN-QUANGTRUNG-TN", Set.of("UNIT_VIEW", "USER_VIEW")),
            new Actor("vhxh.pdp", "XA-PDP-TN", Set.of("UNIT_VIEW", "USER_VIEW", "USER_MANAGE", "UNIT_PROFILE_EDIT")),
            new Actor("truongphong.pdp", "XA-PDP-TN", Set.of("UNIT_VIEW", "USER_VIEW")),
            new Actor("admin.sgd.tn", "SGD-TN", Set.of("UNIT_VIEW", "USER_VIEW", "USER_MANAGE", "UNIT_PROFILE_EDIT")),
            new Actor("thiduakt.sgd.tn", "SGD-TN", Set.of("UNIT_VIEW", "USER_VIEW")));

    List<Probe> probes() {
        return List.of(new UnitProfileProbe(), new MembershipProbe(), new UserAccountProbe());
    }

    @TestFactory
    Stream<DynamicTest> everyEntityRoleAndRelation() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Actor actor : ACTORS) {
            for (Target target : TARGETS.get(actor.unit())) {
                for (Probe probe : probes()) {
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

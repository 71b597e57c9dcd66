package vn.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.thidua.IntegrationTest;
import vn.thidua.TestLogins;
import vn.thidua.shared.BusinessException;

/** Delegated administration: subtree only, grant only held roles, every change audited in the same transaction. */
@IntegrationTest
class UserAdminServiceIT {

    @Autowired
    UserAdminService users;

    @Autowired
    TestLogins logins;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void logout() {
        logins.logout();
    }

    private UserData newUser(String username, Set<Role> roles) {
        return new UserData(
                username, "Nguyễn Văn Thử", username + "@thu.vn", "0912345678", "Giáo viên", roles, "matkhau123");
    }

    private long audits(String entityId) {
        return jdbc.sql("select count(*) from audit_entry where entity_id = :id")
                .param("id", entityId)
                .query(Long.class)
                .single();
    }

    @Test
    void anOfficeAdministratorCreatesAUserInAMemberSchool() {
        logins.as("vhxh.pdp", "XA-PDP-TN");
        long school = logins.unitId("MN-QUANGTRUNG-TN");
        MemberSummary created = users.create(school, newUser("gvmoi.mnqt", Set.of(Role.STAFF)));
        assertThat(created.roles()).containsExactly(Role.STAFF);
        assertThat(users.members(school, "gvmoi", 0, 10))
                .extracting(MemberSummary::username)
                .containsExactly("gvmoi.mnqt");
        assertThat(audits("gvmoi.mnqt")).isEqualTo(2); // the account and the membership
        String path = jdbc.sql("select path from org_unit where code = 'MN-QUANGTRUNG-TN'")
                .query(String.class)
                .single();
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where entity_id = 'gvmoi.mnqt' and unit_path = :p and actor = 'vhxh.pdp'")
                        .param("p", path)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void anOfficeAdministratorCannotGrantARoleItLacks() {
        logins.as("vhxh.pdp", "XA-PDP-TN");
        long school = logins.unitId("MN-QUANGTRUNG-TN");
        long before = audits("hieutruong.moi");
        assertThatThrownBy(() -> users.create(school, newUser("hieutruong.moi", Set.of(Role.UNIT_HEAD))))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("identity.user.roleNotGrantable");
        assertThat(jdbc.sql("select count(*) from user_account where username = 'hieutruong.moi'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(audits("hieutruong.moi")).isEqualTo(before);
    }

    @Test
    void anOfficeAdministratorCannotActOutsideItsSubtree() {
        logins.as("vhxh.pdp", "XA-PDP-TN");
        long otherCommuneSchool = logins.unitId("MN-THINHDAN-TN");
        long otherProvinceSchool = logins.unitId("THCS-TANHOCO-DT");
        long parent = logins.unitId("SGD-TN");
        for (long unit : new long[] {otherCommuneSchool, otherProvinceSchool, parent}) {
            assertThatThrownBy(() -> users.create(unit, newUser("xam.nhap" + unit, Set.of(Role.STAFF))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.members(unit, null, 0, 10)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aSchoolAdministratorCannotChangeItsOwnRolesNorAnotherSchool() {
        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        long school = logins.unitId("MN-QUANGTRUNG-TN");
        MemberSummary me = users.members(school, "hieutruong.mnqt", 0, 10).getFirst();
        assertThatThrownBy(() -> users.update(
                        school,
                        me.membershipId(),
                        me.version(),
                        new UserData(
                                me.username(),
                                me.displayName(),
                                me.email(),
                                me.phone(),
                                me.position(),
                                Set.of(Role.STAFF),
                                null)))
                .isInstanceOf(BusinessException.class);
        long sibling = logins.unitId("TH-TRUNGVUONG-TN");
        assertThatThrownBy(() -> users.members(sibling, null, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void roleChangesAreAuditedFromTo() {
        logins.as("hieutruong.thcsthc", "THCS-TANHOCO-DT");
        long school = logins.unitId("THCS-TANHOCO-DT");
        MemberSummary teacher = users.members(school, "khang.vm", 0, 10).getFirst();
        users.update(
                school,
                teacher.membershipId(),
                teacher.version(),
                new UserData(
                        teacher.username(),
                        teacher.displayName(),
                        teacher.email(),
                        teacher.phone(),
                        "Tổ phó tổ Xã hội",
                        Set.of(Role.STAFF, Role.UNIT_HEAD),
                        null));
        String changes = jdbc.sql(
                        "select changes from audit_entry where entity_id = 'khang.vm.thcsthc' and action = 'UPDATED'"
                                + " order by id desc")
                .query(String.class)
                .list()
                .getFirst();
        assertThat(changes)
                .contains("roles: STAFF → STAFF,UNIT_HEAD")
                .contains("position: Giáo viên Tiếng Anh → Tổ phó tổ Xã hội");
    }

    @Test
    void aStaleVersionIsRefusedWithAClearMessage() {
        logins.as("hieutruong.thcd2", "TH-CAMDUC2-KH");
        long school = logins.unitId("TH-CAMDUC2-KH");
        MemberSummary teacher = users.members(school, "gv.thcd2", 0, 10).getFirst();
        UserData data = new UserData(
                teacher.username(),
                teacher.displayName(),
                teacher.email(),
                teacher.phone(),
                "Giáo viên lớp 4A",
                teacher.roles(),
                null);
        users.update(school, teacher.membershipId(), teacher.version(), data);
        assertThatThrownBy(() -> users.update(school, teacher.membershipId(), teacher.version(), data))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("common.error.concurrent");
    }
}

package vn.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import vn.thidua.IntegrationTest;
import vn.thidua.TestLogins;
import vn.thidua.demo.DemoData;

/** Local accounts: BCrypt, the active unit and its permissions, lockout after repeated failures. */
@IntegrationTest
class LoginIT {

    @Autowired
    PortalAuthenticationProvider provider;

    @Autowired
    TestLogins logins;

    @Autowired
    JdbcClient jdbc;

    private PortalAuthentication login(String user, String password) {
        return (PortalAuthentication)
                provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password));
    }

    @Test
    void aTeacherLogsInToHisSchoolWithStaffPermissionsOnly() {
        logins.userId("gv.mnqt");
        PortalAuthentication auth = login("gv.mnqt", DemoData.PASSWORD);
        assertThat(auth.getPrincipal().activeUnitId()).isEqualTo(logins.unitId("MN-QUANGTRUNG-TN"));
        assertThat(auth.permissions()).containsExactly("PLAN_VIEW", "SCORE_SELF", "UNIT_VIEW");
        String hash = jdbc.sql("select password_hash from user_account where username = 'gv.mnqt'")
                .query(String.class)
                .single();
        assertThat(hash).startsWith("$2");
    }

    @Test
    void aUserWithTwoUnitsStartsInTheFirstGranted() {
        logins.userId("hieutruong.mnqt");
        PortalAuthentication auth = login("hieutruong.mnqt", DemoData.PASSWORD);
        assertThat(auth.getPrincipal().activeUnitId()).isEqualTo(logins.unitId("MN-QUANGTRUNG-TN"));
        assertThat(auth.permissions()).contains("USER_MANAGE", "UNIT_PROFILE_EDIT");
    }

    @Test
    void aWrongPasswordGivesTheBadCredentialsMessage() {
        logins.userId("gv.thtv");
        assertThatThrownBy(() -> login("gv.thtv", "sai-mat-khau"))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage("login.error.bad");
        assertThatThrownBy(() -> login("khong.ton.tai", "x"))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage("login.error.bad");
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() {
        logins.userId("gv.mntrangan");
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login("gv.mntrangan", "sai")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login("gv.mntrangan", "sai"))
                .isInstanceOf(LockedException.class)
                .hasMessage("login.error.locked");
        assertThatThrownBy(() -> login("gv.mntrangan", DemoData.PASSWORD)).isInstanceOf(LockedException.class);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = 'gv.mntrangan' and action = 'LOCKED'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        jdbc.sql("update user_account set locked_until = null where username = 'gv.mntrangan'")
                .update();
        assertThat(login("gv.mntrangan", DemoData.PASSWORD).getPrincipal().username())
                .isEqualTo("gv.mntrangan");
    }
}

package vn.thidua.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.IntegrationTest;
import vn.thidua.TestLogins;
import vn.thidua.award.AwardRecordSummary;
import vn.thidua.award.DecisionService;
import vn.thidua.shared.Dates;
import vn.thidua.shared.NotFoundException;
import vn.thidua.submission.FileService;
import vn.thidua.submission.RoundData;
import vn.thidua.submission.RoundService;
import vn.thidua.submission.RoundSummary;
import vn.thidua.tenancy.TenantScope;

/**
 * The rows shared beyond one tenant (ADR 0002, 0008): rounds are published downward only, quotas are read by the
 * allotter and the member only, the only upward write is to the unit reported to, files are downloadable by their
 * owner and by units that received them, award history follows the subtree and the person.
 */
@IntegrationTest
class RollupIsolationIT {

    @Autowired
    TestLogins logins;

    @Autowired
    RoundService rounds;

    @Autowired
    FileService files;

    @Autowired
    DecisionService decisions;

    @Autowired
    TenantScope scope;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void logout() {
        logins.logout();
    }

    long provincialRound() {
        return jdbc.sql("select id from collection_round where name like 'Đề nghị Bằng khen%'")
                .query(Long.class)
                .single();
    }

    @Test
    void roundsArePublishedDownwardOnly() {
        long round = provincialRound();
        logins.as("hieutruong.thcsthc", "THCS-TANHOCO-DT");
        assertThat(rounds.visible()).extracting(RoundSummary::id).doesNotContain(round);
        assertThatThrownBy(() -> rounds.get(round)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rounds.myQuotas(round)).isInstanceOf(NotFoundException.class);

        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        assertThat(rounds.get(round).ownedByActiveUnit()).isFalse();
        RoundSummary r = rounds.get(round);
        assertThatThrownBy(() -> rounds.update(
                        round,
                        new RoundData(
                                "Đổi tên",
                                r.schoolYear(),
                                r.deadline(),
                                Set.copyOf(r.allowedCodes()),
                                null,
                                r.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rounds.setClosed(round, true)).isInstanceOf(AccessDeniedException.class);
        assertThat(rounds.get(round).closed()).isFalse();
    }

    @Test
    void quotasAreAllottedToOwnMembersAndReadByThemOnly() {
        long round = provincialRound();
        logins.as("vhxh.pdp", "XA-PDP-TN");
        assertThatThrownBy(() -> rounds.allot(round, logins.unitId("MN-THINHDAN-TN"), "BANG_KHEN_TINH_CN", 3))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rounds.allot(round, logins.unitId("THCS-TANHOCO-DT"), "BANG_KHEN_TINH_CN", 3))
                .isInstanceOf(AccessDeniedException.class);
        logins.as("hieutruong.thtv", "TH-TRUNGVUONG-TN");
        assertThat(rounds.myQuotas(round)).containsOnlyKeys("BANG_KHEN_TINH_CN");
        assertThat(rounds.allotted(round)).isEmpty();
        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        assertThat(rounds.myQuotas(round)).containsKeys("CSTD_TINH", "BANG_KHEN_TINH_CN");
    }

    @Test
    void theOnlyUpwardWriteIsToTheUnitReportedTo() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        long ward = logins.unitId("XA-PDP-TN");
        long province = logins.unitId("SGD-TN");
        long sibling = logins.unitId("TH-TRUNGVUONG-TN");
        String delivered = tx.execute(s -> scope.deliverUp(ward, Dates.today(), session -> "ok"));
        assertThat(delivered).isEqualTo("ok");
        assertThatThrownBy(() -> tx.execute(s -> scope.deliverUp(province, Dates.today(), session -> "no")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tx.execute(s -> scope.deliverUp(sibling, Dates.today(), session -> "no")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tx.execute(s -> scope.writeBelow(sibling, session -> "no")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tx.execute(s -> scope.writeBelow(ward, session -> "no")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFileIsDownloadableByItsOwnerAndByUnitsThatReceivedItOnly() {
        long mnqt = logins.unitId("MN-QUANGTRUNG-TN");
        long file = jdbc.sql("select min(id) from stored_file where tenant_id = :t")
                .param("t", mnqt)
                .query(Long.class)
                .single();
        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        assertThat(files.open(file, mnqt).bytes()).isNotEmpty();
        logins.as("vhxh.pdp", "XA-PDP-TN");
        assertThat(files.open(file, mnqt).fileName()).endsWith(".docx");
        logins.as("hieutruong.thtv", "TH-TRUNGVUONG-TN");
        assertThatThrownBy(() -> files.open(file, mnqt)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> files.open(file, logins.unitId("TH-TRUNGVUONG-TN")))
                .isInstanceOf(NotFoundException.class);
        logins.as("hieutruong.thcsthc", "THCS-TANHOCO-DT");
        assertThatThrownBy(() -> files.open(file, mnqt)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void awardHistoryFollowsTheSubtreeAndThePerson() {
        logins.as("hieutruong.thcsthc", "THCS-TANHOCO-DT");
        assertThat(decisions.history(null, 0, 500))
                .extracting(AwardRecordSummary::holderUnitName)
                .noneMatch(n -> n.contains("Quang Trung") || n.contains("Trưng Vương"));
        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        assertThat(decisions.history(null, 0, 500))
                .isNotEmpty()
                .extracting(AwardRecordSummary::holderUnitName)
                .allMatch(n -> n.equals("Trường Mầm non Quang Trung"));
        logins.as("gv.thtv", "TH-TRUNGVUONG-TN");
        assertThat(decisions.myAwards()).isNotEmpty().allMatch(a -> a.fullName().equals("Triệu Thị Bích"));
    }
}

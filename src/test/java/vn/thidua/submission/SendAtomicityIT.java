package vn.thidua.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.IntegrationTest;
import vn.thidua.TestLogins;
import vn.thidua.nomination.DossierStatus;
import vn.thidua.nomination.NominationService;
import vn.thidua.nomination.NomineeData;
import vn.thidua.shared.Dates;

/**
 * A send that dies after both copies were written — the process killed, the connection lost — leaves nothing: the
 * sender's copy, the receiver's copy, their file references and audit rows commit together or not at all. The
 * failure is injected by a listener that throws at the very end of the sending transaction.
 */
@IntegrationTest
@Import(SendAtomicityIT.Crash.class)
class SendAtomicityIT {

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @TestConfiguration
    static class Crash {
        static volatile boolean armed;

        @EventListener
        void onSent(SubmissionSent sent) {
            if (armed) {
                throw new IllegalStateException("simulated crash after both copies were written");
            }
        }
    }

    @Autowired
    TestLogins logins;

    @Autowired
    RoundService rounds;

    @Autowired
    NominationService nominations;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void reset() {
        Crash.armed = false;
        logins.logout();
    }

    @Test
    void aSendThatFailsAtTheEndLeavesNoCopyOnEitherSide() {
        logins.as("admin.sgd.tn", "SGD-TN");
        long round = rounds.open(new RoundData(
                        "Đợt kiểm thử gửi gián đoạn " + UUID.randomUUID(),
                        "2025-2026",
                        Dates.today().plusDays(3),
                        Set.of("LDTT"),
                        null,
                        0))
                .id();
        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        long dossier = nominations.openDossier(round);
        nominations.addNominee(
                dossier,
                new NomineeData(
                        "INDIVIDUAL",
                        "LDTT",
                        "Vũ Thị Ngân",
                        "Giáo viên",
                        "Trường MN Quang Trung",
                        6,
                        "Hoàn thành tốt nhiệm vụ",
                        null,
                        null,
                        null,
                        null,
                        null,
                        0));
        nominations.attachMinutes(dossier, "bien-ban.pdf", PDF);
        long auditBefore = count("select count(*) from audit_entry where entity_type = 'SUBMISSION'");
        long filesBefore = count("select count(*) from submission_file");
        String key = UUID.randomUUID().toString();

        Crash.armed = true;
        assertThatThrownBy(() -> nominations.send(dossier, key)).isInstanceOf(IllegalStateException.class);

        assertThat(count("select count(*) from submission where idempotency_key = '" + key + "'"))
                .isZero();
        assertThat(count("select count(*) from submission_file")).isEqualTo(filesBefore);
        assertThat(count("select count(*) from audit_entry where entity_type = 'SUBMISSION'"))
                .isEqualTo(auditBefore);
        assertThat(nominations.details(dossier).summary().status()).isEqualTo(DossierStatus.DRAFT);

        // the retry with the same key, after recovery, makes exactly one submission (two copies)
        Crash.armed = false;
        nominations.send(dossier, key);
        assertThat(count("select count(*) from submission where idempotency_key = '" + key + "'"))
                .isEqualTo(2);
        assertThat(nominations.details(dossier).summary().status()).isEqualTo(DossierStatus.SENT);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}

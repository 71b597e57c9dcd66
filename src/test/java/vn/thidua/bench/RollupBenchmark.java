package vn.thidua.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.identity.ActiveUnitService;
import vn.thidua.identity.Role;
import vn.thidua.identity.UserProvisioning;
import vn.thidua.identity.UserProvisioning.Provision;
import vn.thidua.nomination.NominationExports;
import vn.thidua.nomination.NominationService;
import vn.thidua.nomination.NomineeData;
import vn.thidua.nomination.ReceivedItemRef;
import vn.thidua.shared.Dates;
import vn.thidua.submission.BoardRow;
import vn.thidua.submission.RoundData;
import vn.thidua.submission.RoundService;
import vn.thidua.submission.SubmissionService;
import vn.thidua.tenancy.OrgUnitService;

/**
 * Benchmark of the rollup (not a test: it prints figures and never fails on timing). A synthetic province with one
 * commune office and 100 member schools; each school sends a dossier of 30 nominees. Prints: durable sends per
 * second through the service layer beside a raw JDBC insert of the same rows in the same run (ratio), the
 * office's status board, consolidation of 3,000 items and the XLSX export (p50/p95).
 *
 * <p>Run: {@code ./mvnw test -Pbench} (H2) or {@code ./mvnw test -Pbench,mysql} (MariaDB/MySQL at 127.0.0.1:3306).
 */
@SpringBootTest
class RollupBenchmark {

    static final int SCHOOLS = Integer.getInteger("bench.schools", 100);
    static final int NOMINEES = Integer.getInteger("bench.nominees", 30);
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @DynamicPropertySource
    static void syntheticProvince(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("thidua-bench-config");
        try (var files = Files.list(Path.of("tenants-config"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        StringBuilder yaml = new StringBuilder(
                """
                province:
                  code: BM
                  name: Tỉnh Thử Tải
                units:
                  - code: SGD-BM
                    name: Sở Giáo dục và Đào tạo Thử Tải
                    type: PROVINCE_DEPT
                    abbreviation: SGDĐT
                    valid-from: 2025-07-01
                  - code: XA-BM
                    name: UBND xã Thử Tải – Phòng Văn hóa – Xã hội
                    type: COMMUNE_OFFICE
                    abbreviation: VHXH
                    parent: SGD-BM
                    valid-from: 2025-07-01
                """);
        for (int i = 1; i <= SCHOOLS; i++) {
            yaml.append(
                    """
                      - code: TH-BM-%03d
                        name: Trường Tiểu học Thử Tải số %d
                        type: SCHOOL
                        school-type: TH
                        abbreviation: THBM%03d
                        parent: XA-BM
                        valid-from: 2025-07-01
                    """
                            .formatted(i, i, i));
        }
        Files.writeString(dir.resolve("zz-bench.yaml"), yaml.toString());
        registry.add("thidua.tenants-config.dir", dir::toString);
        registry.add("thidua.files.dir", () -> dir.resolve("files").toString());
    }

    @Autowired
    UserProvisioning provisioning;

    @Autowired
    ActiveUnitService activeUnits;

    @Autowired
    OrgUnitService orgUnits;

    @Autowired
    RoundService rounds;

    @Autowired
    NominationService nominations;

    @Autowired
    SubmissionService submissions;

    @Autowired
    NominationExports exports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void rollupOfAnOfficeWith100Schools() {
        List<Provision> people = new ArrayList<>();
        people.add(new Provision(
                "gd.bm",
                "Giám đốc Thử",
                "gd.bm@bench.vn",
                "SGD-BM",
                Set.of(Role.UNIT_HEAD, Role.EMULATION_OFFICER),
                "Giám đốc",
                "bench1234"));
        people.add(new Provision(
                "cb.bm",
                "Cán bộ Thử",
                "cb.bm@bench.vn",
                "XA-BM",
                Set.of(Role.UNIT_HEAD, Role.EMULATION_OFFICER),
                "Công chức",
                "bench1234"));
        for (int i = 1; i <= SCHOOLS; i++) {
            people.add(new Provision(
                    "ht.bm.%03d".formatted(i),
                    "Hiệu trưởng %d".formatted(i),
                    "ht%d@bench.vn".formatted(i),
                    "TH-BM-%03d".formatted(i),
                    Set.of(Role.UNIT_HEAD, Role.EMULATION_OFFICER),
                    "Hiệu trưởng",
                    "bench1234"));
        }
        provisioning.ensureAll(people);

        as("gd.bm", "SGD-BM");
        long round = rounds.open(new RoundData(
                        "Khen thưởng tổng kết năm học 2025-2026 (thử tải)",
                        "2025-2026",
                        Dates.today().plusDays(30),
                        Set.of("LDTT", "GIAY_KHEN_CN"),
                        null,
                        0))
                .id();

        long[] dossiers = new long[SCHOOLS];
        long prepStart = System.nanoTime();
        for (int i = 1; i <= SCHOOLS; i++) {
            as("ht.bm.%03d".formatted(i), "TH-BM-%03d".formatted(i));
            long d = nominations.openDossier(round);
            for (int n = 1; n <= NOMINEES; n++) {
                nominations.addNominee(
                        d,
                        new NomineeData(
                                "INDIVIDUAL",
                                n % 5 == 0 ? "GIAY_KHEN_CN" : "LDTT",
                                "Giáo viên %d trường %d".formatted(n, i),
                                "Giáo viên",
                                "Trường Tiểu học Thử Tải số " + i,
                                n % 30,
                                "Hoàn thành tốt nhiệm vụ năm học 2025-2026, có nhiều đóng góp cho nhà trường.",
                                "0912345678",
                                null,
                                null,
                                "Báo cáo thành tích đủ dài để đạt yêu cầu kiểm tra hồ sơ. ".repeat(2),
                                null,
                                0));
            }
            nominations.attachMinutes(d, "bien-ban.pdf", PDF);
            dossiers[i - 1] = d;
        }
        double prepSeconds = (System.nanoTime() - prepStart) / 1e9;

        // durable sends through the service layer
        double[] send = new double[SCHOOLS];
        long sendStart = System.nanoTime();
        for (int i = 1; i <= SCHOOLS; i++) {
            as("ht.bm.%03d".formatted(i), "TH-BM-%03d".formatted(i));
            long t = System.nanoTime();
            nominations.send(dossiers[i - 1], UUID.randomUUID().toString());
            send[i - 1] = (System.nanoTime() - t) / 1e6;
        }
        double serviceSeconds = (System.nanoTime() - sendStart) / 1e9;

        // the same rows by raw JDBC, one transaction per send, in the same run
        double rawSeconds = rawInserts();

        // the office's status board, accept all, consolidation, export
        as("cb.bm", "XA-BM");
        double[] board = repeat(30, () -> submissions.board(round));
        List<BoardRow> rows = submissions.board(round);
        List<Long> waiting = rows.stream()
                .filter(r -> r.status() == BoardRow.Status.SENT)
                .map(r -> r.latest().id())
                .toList();
        long t = System.nanoTime();
        int accepted = submissions.acceptAll(waiting);
        double acceptMs = (System.nanoTime() - t) / 1e6;
        long office = nominations.openDossier(round);
        double[] candidates = repeat(10, () -> nominations.candidates(office));
        var picked = nominations.candidates(office).stream()
                .map(c -> new ReceivedItemRef(
                        c.received().inboxSubmissionId(), c.received().item().seq()))
                .toList();
        t = System.nanoTime();
        int added = nominations.addReceived(office, picked);
        double addMs = (System.nanoTime() - t) / 1e6;
        double[] xlsx = repeat(5, () -> exports.dossierXlsx(office));
        double[] details = repeat(10, () -> nominations.details(office));
        t = System.nanoTime();
        byte[] docx = exports.proposalDocx(office);
        double docxMs = (System.nanoTime() - t) / 1e6;

        String db = jdbc.sql("select 1").query(Integer.class).single() == 1
                ? System.getProperty("test.db", "h2").isBlank() ? "h2" : System.getProperty("test.db", "h2")
                : "?";
        System.out.printf(
                Locale.ROOT,
                """

                ===== Rollup benchmark (%s, %d schools × %d nominees, %s) =====
                preparation (openDossier + %d addNominee + minutes, all schools): %.1f s
                durable sends, service layer: %d sends in %.2f s = %.1f sends/s (p50 %.1f ms, p95 %.1f ms)
                same rows, raw JDBC (2 submissions + 2 file refs + 2 audit rows per send): %.1f sends/s
                ratio service / raw JDBC: %.2f (goal >= 0.7)
                status board of the office (%d rows): p50 %.1f ms, p95 %.1f ms (target <= 1000 ms)
                accept all (%d versions, one transaction): %.0f ms
                consolidation candidates (%d items): p50 %.1f ms, p95 %.1f ms
                consolidation, add %d items to the office dossier: %.0f ms (target <= 1000 ms)
                dossier details with checklist (%d nominees): p50 %.1f ms, p95 %.1f ms
                XLSX export of the consolidated list (%d rows): p50 %.1f ms, p95 %.1f ms (target <= 1000 ms)
                tờ trình DOCX with the annexed list: %.0f ms, %d KB
                =================================================================
                """,
                db,
                SCHOOLS,
                NOMINEES,
                Instant.now(),
                NOMINEES,
                prepSeconds,
                SCHOOLS,
                serviceSeconds,
                SCHOOLS / serviceSeconds,
                pct(send, 50),
                pct(send, 95),
                SCHOOLS / rawSeconds,
                rawSeconds / serviceSeconds,
                rows.size(),
                pct(board, 50),
                pct(board, 95),
                accepted,
                acceptMs,
                picked.size(),
                pct(candidates, 50),
                pct(candidates, 95),
                added,
                addMs,
                added,
                pct(details, 50),
                pct(details, 95),
                added,
                pct(xlsx, 50),
                pct(xlsx, 95),
                docxMs,
                docx.length / 1024);
        SecurityContextHolder.clearContext();
    }

    /** Inserts, per send, the rows a send writes — both copies, their file references and two audit rows. */
    private double rawInserts() {
        var sample = jdbc.sql("select * from submission where side = 'OUTBOX' order by id limit 1")
                .query((rs, n) -> new Object[] {
                    rs.getLong("tenant_id"), rs.getLong("receiver_unit_id"), rs.getString("payload"),
                    rs.getString("category_counts"), rs.getLong("round_id"), rs.getString("title")
                })
                .single();
        long file = jdbc.sql("select min(file_id) from submission_file")
                .query(Long.class)
                .single();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        long start = System.nanoTime();
        for (int i = 1; i <= SCHOOLS; i++) {
            int n = i;
            tx.executeWithoutResult(s -> {
                String key = "raw-" + UUID.randomUUID();
                for (String side : List.of("OUTBOX", "INBOX")) {
                    long tenant = side.equals("OUTBOX") ? (long) sample[0] : (long) sample[1];
                    jdbc.sql(
                                    """
                            insert into submission (tenant_id, version, side, idempotency_key, kind, round_id, source_id,
                              sender_unit_id, receiver_unit_id, version_no, title, status, sent_at, sent_by, deadline,
                              item_count, category_counts, payload, consolidated)
                            values (:t, 0, :side, :k, 'NOMINATION', :r, :src, :s, :rc, 1, :title, 'SENT', :now, 'raw',
                              null, :items, :counts, :payload, false)""")
                            .param("t", tenant)
                            .param("side", side)
                            .param("k", key)
                            .param("r", sample[4])
                            .param("src", -n)
                            .param("s", sample[0])
                            .param("rc", sample[1])
                            .param("title", sample[5])
                            .param("now", java.sql.Timestamp.from(Instant.now()))
                            .param("items", NOMINEES)
                            .param("counts", sample[3])
                            .param("payload", sample[2])
                            .update();
                    long id = jdbc.sql("select id from submission where tenant_id = :t and idempotency_key = :k")
                            .param("t", tenant)
                            .param("k", key)
                            .query(Long.class)
                            .single();
                    jdbc.sql("insert into submission_file (tenant_id, version, submission_id, file_id, owner_unit_id)"
                                    + " values (:t, 0, :s, :f, :o)")
                            .param("t", tenant)
                            .param("s", id)
                            .param("f", file)
                            .param("o", sample[0])
                            .update();
                    jdbc.sql("insert into audit_entry (occurred_at, actor, unit_id, unit_path, entity_type, entity_id,"
                                    + " action, changes) values (:at, 'raw', :u, '/', 'SUBMISSION', :k, 'SENT', '')")
                            .param("at", java.sql.Timestamp.from(Instant.now()))
                            .param("u", tenant)
                            .param("k", key)
                            .update();
                }
            });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        jdbc.sql("delete from submission_file where submission_id in (select id from submission where sent_by = 'raw')")
                .update();
        jdbc.sql("delete from submission where sent_by = 'raw'").update();
        jdbc.sql("delete from audit_entry where actor = 'raw'").update();
        return seconds;
    }

    private void as(String username, String unitCode) {
        long user = jdbc.sql("select id from user_account where username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
        var auth = activeUnits.authenticationFor(
                user, orgUnits.findByCode(unitCode).orElseThrow().id());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
    }

    private static double[] repeat(int times, Supplier<?> work) {
        for (int i = 0; i < 3; i++) {
            work.get(); // warm-up
        }
        double[] ms = new double[times];
        for (int i = 0; i < times; i++) {
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return ms;
    }

    private static double pct(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}

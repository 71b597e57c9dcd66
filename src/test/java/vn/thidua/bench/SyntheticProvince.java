package vn.thidua.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import vn.thidua.shared.Dates;

/**
 * A synthetic province for benchmarks — not demo data, never loaded by the run command. One Sở, {@code communes}
 * commune offices and {@code schools} schools (MN / TH / THCS spread unevenly over the communes, about 6 % THPT
 * directly under the Sở), about {@code staff} staff per school, and {@code years} school years of history ending
 * with {@code lastYear}-{@code lastYear+1}: collection rounds, nomination dossiers sent up as submissions (outbox
 * and inbox copies, some late, some returned and resent, a few returned for good), award decisions of the
 * schools, the communes and the Sở with their award records (about 60 % of staff Lao động tiên tiến, 8 % Chiến sĩ
 * thi đua cơ sở, 3 % Giấy khen a year, collective titles, a few provincial awards; 1.5 % revoked); and the year in
 * progress: an open mid-year round of each commune and of the Sở, to which about 40 % of the schools have sent;
 * and the advanced models (điển hình tiên tiến) of every school in the phase starting with the year in progress and,
 * for about 45 % of the schools, in the previous phase, with their timeline entries, some gallery stories and the
 * "learned from" records of other schools (see {@code Loader.advancedModels}).
 *
 * <p>The org tree and two administrators (the Sở's and the largest commune's, password {@link #PASSWORD}) go through
 * a tenants-config folder like any province ({@link #register}); everything else is inserted by {@link #load} with
 * multi-row JDBC inserts after the application started (H2 and MySQL/MariaDB alike). Deterministic: the same sizes
 * and seed give the same tree and, on a database without earlier rows, the same rows with the same ids.
 *
 * <p>Not generated: registrations (not in the product yet), nominee rows of the dossiers (the nominees are in the
 * sent payloads), decision item lines (the award records are), attachments, audit entries and notifications.
 * All units start on 2025-07-01 (the history is filed under today's tree; no district offices).
 */
public final class SyntheticProvince {

    public static final String PROVINCE = "SP";
    public static final String DEPT = "SGD-SP";
    public static final String DEPT_ADMIN = "admin.sgd.sp";
    public static final String COMMUNE_ADMIN = "vhxh.sp";
    public static final String PASSWORD_VARIABLE = "THIDUA_BENCH_PASSWORD";
    public static final String PASSWORD = "bench1234";

    static final int DEPT_STAFF = 60;
    static final ZoneOffset UTC = ZoneOffset.UTC;
    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Titles and awards decided by the unit that receives a school's dossier (the commune, or the Sở for THPT). */
    static final List<String> LOCAL_CODES = List.of("LDTT", "CSTD_CO_SO", "TTLDTT");
    /** Forwarded to the Sở and decided (or recorded) there. */
    static final List<String> UPPER_CODES =
            List.of("CSTD_TINH", "BANG_KHEN_TINH_CN", "TTLDXS", "GIAY_KHEN_TT", "CO_THI_DUA_TINH", "BANG_KHEN_TINH_TT");

    static final String ROUND_CODES = String.join(",", LOCAL_CODES) + "," + String.join(",", UPPER_CODES);

    /** The sizes (system properties {@code bench.*}); the defaults are the largest province of design §7. */
    public record Size(int schools, int communes, int staff, int years, int lastYear, long seed) {

        public static Size fromSystemProperties() {
            return new Size(
                    Integer.getInteger("bench.schools", 3500),
                    Integer.getInteger("bench.communes", 160),
                    Integer.getInteger("bench.staff", 45),
                    Integer.getInteger("bench.years", 10),
                    Integer.getInteger("bench.lastYear", 2025),
                    Long.getLong("bench.seed", 2026));
        }

        public String describe() {
            return "%d schools, %d communes, ~%d staff/school, %d school years up to %d-%d, seed %d"
                    .formatted(schools, communes, staff, years, lastYear, lastYear + 1, seed);
        }
    }

    /** A unit of the generated tree; {@code commune} is the index of its commune, -1 for the Sở's direct units. */
    record Unit(String code, String name, String schoolType, int commune, String abbreviation, int staff) {}

    /** What {@link #load} wrote: rows per table, and the time it took. */
    public record Loaded(Map<String, Long> rows, double seconds) {

        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final Size size;
    private final List<Unit> communes = new ArrayList<>();
    private final List<Unit> schools = new ArrayList<>();
    private final List<List<Integer>> schoolsOfCommune = new ArrayList<>();
    private final List<Integer> deptSchools = new ArrayList<>();
    private final int largestCommune;

    public SyntheticProvince(Size size) {
        this.size = size;
        Random rnd = new Random(size.seed());
        List<String> places = places(rnd);
        Map<String, Integer> names = new HashMap<>();
        double[] cumulative = new double[size.communes()];
        double sum = 0;
        for (int c = 0; c < size.communes(); c++) {
            String place = unique(places.get(c % places.size()), c / places.size());
            boolean ward = rnd.nextInt(5) == 0;
            communes.add(new Unit(
                    "XA-SP-%03d".formatted(c + 1),
                    "UBND %s %s – Phòng Văn hóa – Xã hội".formatted(ward ? "phường" : "xã", place),
                    null,
                    -1,
                    "VHXH",
                    0));
            schoolsOfCommune.add(new ArrayList<>());
            sum += 0.4 + 1.2 * rnd.nextDouble();
            cumulative[c] = sum;
        }
        int nextPlace = size.communes();
        for (int i = 0; i < size.schools(); i++) {
            double t = rnd.nextDouble();
            String type = size.communes() == 0 || t < 0.06 ? "THPT" : t < 0.41 ? "MN" : t < 0.74 ? "TH" : "THCS";
            int commune = -1;
            String place;
            if (type.equals("THPT")) {
                place = unique(places.get(nextPlace % places.size()), nextPlace / places.size());
                nextPlace++;
                deptSchools.add(i);
            } else {
                double r = rnd.nextDouble() * sum;
                commune = 0;
                while (cumulative[commune] < r) {
                    commune++;
                }
                place = placeOf(communes.get(commune).name());
                schoolsOfCommune.get(commune).add(i);
            }
            String base = prefix(type) + " " + place;
            int k = names.merge(base, 1, Integer::sum);
            int staff = Math.max(5, size.staff() + rnd.nextInt(25) - 12);
            schools.add(new Unit(
                    "%s-SP-%04d".formatted(type, i + 1),
                    k > 1 ? base + " số " + k : base,
                    type,
                    commune,
                    "%s%04d".formatted(type, i + 1),
                    staff));
        }
        int largest = 0;
        for (int c = 1; c < communes.size(); c++) {
            if (schoolsOfCommune.get(c).size() > schoolsOfCommune.get(largest).size()) {
                largest = c;
            }
        }
        largestCommune = largest;
    }

    public Size size() {
        return size;
    }

    /** The commune whose administrator is {@link #COMMUNE_ADMIN}: the one with the most schools. */
    public String communeCode() {
        return communes.get(largestCommune).code();
    }

    public int schoolsOfBenchCommune() {
        return schoolsOfCommune.get(largestCommune).size();
    }

    public int directSchools() {
        return deptSchools.size();
    }

    /** Points the application at a temporary tenants-config folder holding the shipped files and this province. */
    public void register(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("thidua-synthetic-province");
        writeTenantsConfig(dir);
        registry.add("thidua.tenants-config.dir", dir::toString);
        registry.add("thidua.files.dir", () -> dir.resolve("files").toString());
        registry.add(PASSWORD_VARIABLE, () -> PASSWORD);
    }

    /** Copies the shipped province files into {@code dir} and writes this province's file beside them. */
    public void writeTenantsConfig(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (var files = Files.list(Path.of("tenants-config"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        StringBuilder y = new StringBuilder(
                """
                # Synthetic province for benchmarks (vn.thidua.bench.SyntheticProvince, %s). Invented names.
                province:
                  code: %s
                  name: Tỉnh Thử Nghiệm
                  display-name: "Ngành Giáo dục và Đào tạo Tỉnh Thử Nghiệm (dữ liệu tổng hợp)"
                units:
                  - code: %s
                    name: Sở Giáo dục và Đào tạo Tỉnh Thử Nghiệm
                    type: PROVINCE_DEPT
                    abbreviation: SGDĐT
                    valid-from: 2025-07-01
                    demo: true
                """
                        .formatted(size.describe(), PROVINCE, DEPT));
        for (Unit c : communes) {
            y.append(
                    """
                      - code: %s
                        name: %s
                        type: COMMUNE_OFFICE
                        abbreviation: %s
                        parent: %s
                        valid-from: 2025-07-01
                        demo: true
                    """
                            .formatted(c.code(), c.name(), c.abbreviation(), DEPT));
        }
        for (Unit s : schools) {
            y.append(
                    """
                      - code: %s
                        name: %s
                        type: SCHOOL
                        school-type: %s
                        abbreviation: %s
                        parent: %s
                        valid-from: 2025-07-01
                        demo: true
                    """
                            .formatted(
                                    s.code(),
                                    s.name(),
                                    s.schoolType(),
                                    s.abbreviation(),
                                    s.commune() < 0
                                            ? DEPT
                                            : communes.get(s.commune()).code()));
        }
        y.append(
                """
                administrators:
                  - username: %s
                    name: Quản trị Sở Thử Nghiệm
                    email: admin.sgd.sp@bench.thidua.example.vn
                    unit: %s
                    roles: [UNIT_ADMIN, UNIT_HEAD, EMULATION_OFFICER, STAFF]
                    password-env: %s
                  - username: %s
                    name: Cán bộ Văn hóa – Xã hội Thử Nghiệm
                    email: vhxh.sp@bench.thidua.example.vn
                    unit: %s
                    roles: [UNIT_ADMIN, UNIT_HEAD, EMULATION_OFFICER, STAFF]
                    password-env: %s
                rule-overrides: {}
                """
                        .formatted(
                                DEPT_ADMIN, DEPT, PASSWORD_VARIABLE, COMMUNE_ADMIN, communeCode(), PASSWORD_VARIABLE));
        Files.writeString(dir.resolve("zz-synthetic-province.yaml"), y.toString());
    }

    /**
     * Inserts the province's staff and history into the database the application started on (the org tree must be
     * loaded, i.e. the application started with {@link #register}'s folder). Refuses a database that has it already.
     */
    public Loaded load(DataSource dataSource) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                Map<String, Long> rows = new Loader(c).run();
                return new Loaded(rows, (System.nanoTime() - start) / 1e9);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ the history

    record Org(long id, String name, String path) {}

    record Person(long userId, String name, String position, int since) {}

    /** One nominee of a dossier; {@code decided}: the deciding unit grants it. */
    record Nominee(String code, Person person, String collectiveName, boolean decided) {

        boolean collective() {
            return person == null;
        }

        String label() {
            return collective() ? collectiveName : person.name();
        }
    }

    /** A decided award on its way to a decision: who holds it and where it came from. */
    record Award(String code, Nominee nominee, Org holder) {}

    /** A nominee forwarded by a commune, with its origin in the school's accepted submission. */
    record Forwarded(Nominee nominee, Org origin, long originSubmissionId, int originVersion) {}

    private final class Loader {

        final Connection c;
        final Random rnd;
        final boolean h2;
        final Map<String, Org> org = new HashMap<>();
        final Map<Long, String> symbols = new HashMap<>();
        final Map<String, BigDecimal> coefficients = new HashMap<>();
        final TreeMap<LocalDate, BigDecimal> salaries = new TreeMap<>();
        final Map<String, Integer> registry = new TreeMap<>();
        final Person[][] staff;
        final Person[] deptStaff;
        long nextUser;
        long nextMembership;
        long nextRound;
        long nextDossier;
        long nextSubmission;
        long nextDecision;
        long nextRecord;
        long nextPhase;
        long nextExemplar;
        long nextEntry;
        long nextStory;
        long nextLearning;
        final Inserter users;
        final Inserter memberships;
        final Inserter rounds;
        final Inserter dossiers;
        final Inserter submissions;
        final Inserter decisions;
        final Inserter records;
        final Inserter registries;
        final Inserter phases;
        final Inserter exemplars;
        final Inserter entries;
        final Inserter stories;
        final Inserter learnings;

        Loader(Connection c) throws SQLException {
            this.c = c;
            this.rnd = new Random(size.seed() * 31 + 7);
            this.h2 = c.getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("h2");
            this.staff = new Person[schools.size()][];
            this.deptStaff = new Person[DEPT_STAFF];
            users = new Inserter(
                    c,
                    "user_account",
                    1000,
                    "id",
                    "username",
                    "password_hash",
                    "display_name",
                    "locale",
                    "failed_logins",
                    "enabled",
                    "version");
            memberships =
                    new Inserter(c, "membership", 1000, "id", "tenant_id", "user_id", "roles", "position", "version");
            memberships.after(users);
            rounds = new Inserter(
                    c,
                    "collection_round",
                    200,
                    "id",
                    "version",
                    "owner_unit_id",
                    "owner_path",
                    "kind",
                    "name",
                    "school_year",
                    "deadline",
                    "allowed_codes",
                    "closed",
                    "opened_at",
                    "disclosure_days");
            dossiers = new Inserter(c, "dossier", 1000, "id", "tenant_id", "version", "round_id", "title", "place");
            dossiers.after(rounds);
            submissions = new Inserter(
                    c,
                    "submission",
                    60,
                    "id",
                    "tenant_id",
                    "version",
                    "side",
                    "idempotency_key",
                    "kind",
                    "round_id",
                    "source_id",
                    "sender_unit_id",
                    "receiver_unit_id",
                    "version_no",
                    "title",
                    "status",
                    "sent_at",
                    "sent_by",
                    "deadline",
                    "decided_at",
                    "decided_by",
                    "return_reason",
                    "item_count",
                    "category_counts",
                    "payload",
                    "consolidated");
            submissions.after(dossiers);
            decisions = new Inserter(
                    c,
                    "award_decision",
                    500,
                    "id",
                    "tenant_id",
                    "version",
                    "round_id",
                    "decision_number",
                    "number_text",
                    "decision_date",
                    "school_year",
                    "subject",
                    "signer_prefix",
                    "signer_title",
                    "signer_name",
                    "legal_bases",
                    "place",
                    "issued",
                    "issued_at",
                    "issued_by");
            decisions.after(rounds);
            records = new Inserter(
                    c,
                    "award_record",
                    400,
                    "id",
                    "version",
                    "decision_unit_id",
                    "decision_id",
                    "decision_label",
                    "decision_date",
                    "school_year",
                    "award_code",
                    "subject",
                    "full_name",
                    "person_user_id",
                    "holder_unit_id",
                    "holder_unit_name",
                    "holder_path",
                    "amount",
                    "revoked_at",
                    "revoked_by",
                    "revoke_reason",
                    "revoke_basis");
            records.after(decisions);
            registries = new Inserter(
                    c, "number_registry", 1000, "tenant_id", "version", "registry_year", "series", "last_number");
            phases = new Inserter(c, "exemplar_phase", 1000, "id", "tenant_id", "version", "start_year", "end_year");
            exemplars = new Inserter(
                    c,
                    "exemplar",
                    500,
                    "id",
                    "tenant_id",
                    "version",
                    "phase_id",
                    "user_id",
                    "name",
                    "position",
                    "field",
                    "topic",
                    "criteria",
                    "mentor_user_id",
                    "mentor_name",
                    "registration_id");
            exemplars.after(phases);
            entries = new Inserter(
                    c,
                    "exemplar_entry",
                    500,
                    "id",
                    "tenant_id",
                    "version",
                    "exemplar_id",
                    "stage",
                    "entry_date",
                    "body",
                    "done",
                    "replication_kind",
                    "participants",
                    "units_reached",
                    "created_at",
                    "created_by");
            entries.after(exemplars);
            stories = new Inserter(
                    c,
                    "exemplar_story",
                    200,
                    "id",
                    "version",
                    "unit_id",
                    "unit_name",
                    "province_code",
                    "school_type",
                    "exemplar_id",
                    "exemplar_name",
                    "field",
                    "title",
                    "body",
                    "achievements",
                    "audience",
                    "status",
                    "school_year",
                    "updated_at",
                    "updated_by",
                    "published_at");
            stories.after(exemplars);
            learnings = new Inserter(
                    c,
                    "exemplar_story_learning",
                    500,
                    "id",
                    "version",
                    "story_id",
                    "learner_unit_id",
                    "learner_unit_name",
                    "kind",
                    "learned_on",
                    "note",
                    "created_at",
                    "created_by");
            learnings.after(stories);
        }

        Map<String, Long> run() throws SQLException {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(
                            "select id, code, name, path from org_unit where province_code = '" + PROVINCE + "'")) {
                while (rs.next()) {
                    org.put(rs.getString(2), new Org(rs.getLong(1), rs.getString(3), rs.getString(4)));
                }
            }
            if (!org.containsKey(DEPT) || org.size() != 1 + communes.size() + schools.size()) {
                throw new IllegalStateException("The synthetic province's org tree is not loaded (" + org.size()
                        + " units): start the application with SyntheticProvince.register");
            }
            symbols.put(org.get(DEPT).id(), "SGDĐT");
            for (Unit u : communes) {
                symbols.put(org.get(u.code()).id(), u.abbreviation());
            }
            for (Unit u : schools) {
                symbols.put(org.get(u.code()).id(), u.abbreviation());
            }
            if (count("select count(*) from collection_round where owner_unit_id = "
                            + org.get(DEPT).id())
                    > 0) {
                throw new IllegalStateException("This database already holds the synthetic province's history");
            }
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select code, coefficient from award_type")) {
                while (rs.next()) {
                    coefficients.put(rs.getString(1), rs.getBigDecimal(2));
                }
            }
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select effective_from, amount from base_salary")) {
                while (rs.next()) {
                    salaries.put(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2));
                }
            }
            nextUser = nextId("user_account");
            nextMembership = nextId("membership");
            nextRound = nextId("collection_round");
            nextDossier = nextId("dossier");
            nextSubmission = nextId("submission");
            nextDecision = nextId("award_decision");
            nextRecord = nextId("award_record");
            nextPhase = nextId("exemplar_phase");
            nextExemplar = nextId("exemplar");
            nextEntry = nextId("exemplar_entry");
            nextStory = nextId("exemplar_story");
            nextLearning = nextId("exemplar_story_learning");

            people();
            for (int y = 0; y < size.years(); y++) {
                year(size.lastYear() - size.years() + 1 + y);
            }
            openYear(size.lastYear() + 1);
            advancedModels();
            for (var entry : registry.entrySet()) {
                String[] k = entry.getKey().split("/");
                registries.add(Long.parseLong(k[0]), 0, Integer.parseInt(k[1]), "UNIT", entry.getValue());
            }
            List<Inserter> all = List.of(
                    users,
                    memberships,
                    rounds,
                    dossiers,
                    submissions,
                    decisions,
                    records,
                    registries,
                    phases,
                    exemplars,
                    entries,
                    stories,
                    learnings);
            for (Inserter i : all) {
                i.flush();
            }
            if (h2) {
                for (String table : List.of(
                        "user_account",
                        "membership",
                        "collection_round",
                        "dossier",
                        "submission",
                        "award_decision",
                        "award_record",
                        "exemplar_phase",
                        "exemplar",
                        "exemplar_entry",
                        "exemplar_story",
                        "exemplar_story_learning")) {
                    try (Statement s = c.createStatement()) {
                        s.execute("alter table " + table + " alter column id restart with " + nextId(table));
                    }
                }
                c.commit();
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            for (Inserter i : all) {
                rows.put(i.table, i.count);
            }
            for (Inserter i : all) {
                i.close();
            }
            return rows;
        }

        /** Staff accounts of every school and of the Sở: one membership each, the first of a school its head. */
        void people() throws SQLException {
            String hash = new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode(PASSWORD);
            for (int s = 0; s < schools.size(); s++) {
                Unit school = schools.get(s);
                staff[s] = new Person[school.staff()];
                for (int k = 0; k < school.staff(); k++) {
                    String position = k == 0
                            ? "Hiệu trưởng"
                            : k == 1 ? "Phó Hiệu trưởng" : k >= school.staff() - 3 ? "Nhân viên" : "Giáo viên";
                    staff[s][k] = person("gv.sp.%04d.%03d".formatted(s + 1, k + 1), position, hash);
                    memberships.add(
                            nextMembership++,
                            org.get(school.code()).id(),
                            staff[s][k].userId(),
                            k == 0 ? "EMULATION_OFFICER,STAFF,UNIT_HEAD" : "STAFF",
                            position,
                            0);
                }
            }
            for (int k = 0; k < DEPT_STAFF; k++) {
                String position = k == 0 ? "Phó Giám đốc" : k < 6 ? "Trưởng phòng" : "Chuyên viên";
                deptStaff[k] = person("cv.sgd.sp.%03d".formatted(k + 1), position, hash);
                memberships.add(nextMembership++, org.get(DEPT).id(), deptStaff[k].userId(), "STAFF", position, 0);
            }
        }

        Person person(String username, String position, String hash) throws SQLException {
            Person p = new Person(nextUser++, name(rnd), position, 1 + rnd.nextInt(30));
            users.add(p.userId(), username, hash, p.name(), "vi", 0, true, 0);
            return p;
        }

        /** One school year: rounds, the schools' dossiers up to the communes and the Sở, decisions, awards. */
        void year(int start) throws SQLException {
            String sy = start + "-" + (start + 1);
            int end = start + 1;
            Org dept = org.get(DEPT);
            LocalDate communeDeadline = LocalDate.of(end, 5, 20);
            LocalDate deptDeadline = LocalDate.of(end, 6, 25);
            long[] communeRound = new long[communes.size()];
            for (int ci = 0; ci < communes.size(); ci++) {
                Org commune = org.get(communes.get(ci).code());
                communeRound[ci] = round(
                        commune,
                        "Xét khen thưởng tổng kết năm học " + sy,
                        sy,
                        communeDeadline,
                        ROUND_CODES,
                        at(LocalDate.of(end, 4, 10), 8));
            }
            long deptRound = round(
                    dept,
                    "Đề nghị khen thưởng cấp tỉnh năm học " + sy,
                    sy,
                    deptDeadline,
                    ROUND_CODES,
                    at(LocalDate.of(end, 5, 2), 8));
            rounds.flush();

            List<Award> deptLocal = new ArrayList<>();
            List<Award> deptUpper = new ArrayList<>();
            for (int ci = 0; ci < communes.size(); ci++) {
                Org commune = org.get(communes.get(ci).code());
                List<Award> local = new ArrayList<>();
                List<Forwarded> forwarded = new ArrayList<>();
                for (int s : schoolsOfCommune.get(ci)) {
                    school(s, sy, communeRound[ci], communeDeadline, commune, local, forwarded);
                }
                decide(commune, communeRound[ci], sy, LocalDate.of(end, 6, 10 + rnd.nextInt(10)), local, "Chủ tịch");
                if (!forwarded.isEmpty()) {
                    List<Nominee> items =
                            forwarded.stream().map(Forwarded::nominee).toList();
                    int version = send(
                            commune,
                            dept,
                            deptRound,
                            deptDeadline,
                            "Hồ sơ đề nghị khen thưởng cấp tỉnh năm học " + sy + " – " + commune.name(),
                            items,
                            forwarded,
                            0.10,
                            0.0,
                            0.05,
                            false);
                    if (version > 0) {
                        for (Forwarded f : forwarded) {
                            if (f.nominee().decided()) {
                                deptUpper.add(new Award(f.nominee().code(), f.nominee(), f.origin()));
                            }
                        }
                    }
                }
            }
            for (int s : deptSchools) {
                List<Forwarded> upper = new ArrayList<>();
                school(s, sy, deptRound, deptDeadline, dept, deptLocal, upper);
                for (Forwarded f : upper) {
                    if (f.nominee().decided()) {
                        deptUpper.add(new Award(f.nominee().code(), f.nominee(), f.origin()));
                    }
                }
            }
            // the Sở's own staff, decided by the Sở itself
            for (Person p : deptStaff) {
                for (Nominee n : individual(p)) {
                    if (n.decided()) {
                        (UPPER_CODES.contains(n.code()) ? deptUpper : deptLocal).add(new Award(n.code(), n, dept));
                    }
                }
            }
            List<Award> deptGiayKhen = new ArrayList<>(deptLocal);
            List<Award> provincial = new ArrayList<>();
            for (Award a : deptUpper) {
                (a.code().equals("GIAY_KHEN_TT") ? deptGiayKhen : provincial).add(a);
            }
            decide(dept, deptRound, sy, LocalDate.of(end, 7, 10 + rnd.nextInt(10)), deptGiayKhen, "Giám đốc");
            decide(dept, deptRound, sy, LocalDate.of(end, 8, 15 + rnd.nextInt(10)), provincial, "Giám đốc");
            for (Inserter i : List.of(dossiers, submissions, decisions, records)) {
                i.flush();
            }
        }

        /**
         * One school's year: its own Giấy khen; its dossier (unless it sent nothing) sent to {@code receiver};
         * when accepted, its local titles go to {@code local} and its upper nominees to {@code forwarded}.
         */
        void school(
                int s,
                String sy,
                long roundId,
                LocalDate deadline,
                Org receiver,
                List<Award> local,
                List<Forwarded> forwarded)
                throws SQLException {
            Unit unit = schools.get(s);
            Org me = org.get(unit.code());
            int end = Integer.parseInt(sy.substring(5));
            List<Nominee> nominees = new ArrayList<>();
            List<Award> giayKhen = new ArrayList<>();
            for (Person p : staff[s]) {
                for (Nominee n : individual(p)) {
                    if (n.code().equals("GIAY_KHEN_CN")) {
                        giayKhen.add(new Award(n.code(), n, me));
                    } else {
                        nominees.add(n);
                    }
                }
            }
            if (rnd.nextDouble() < 0.65) {
                nominees.add(new Nominee("TTLDTT", null, unit.name(), rnd.nextDouble() < 0.97));
                if (rnd.nextDouble() < 0.18) {
                    nominees.add(new Nominee("TTLDXS", null, unit.name(), rnd.nextDouble() < 0.85));
                }
            }
            if (rnd.nextDouble() < 0.10) {
                nominees.add(new Nominee("GIAY_KHEN_TT", null, unit.name(), rnd.nextDouble() < 0.9));
            }
            if (rnd.nextDouble() < 0.015) {
                nominees.add(new Nominee("CO_THI_DUA_TINH", null, unit.name(), rnd.nextDouble() < 0.8));
            }
            if (rnd.nextDouble() < 0.03) {
                nominees.add(new Nominee("BANG_KHEN_TINH_TT", null, unit.name(), rnd.nextDouble() < 0.85));
            }
            decide(me, null, sy, LocalDate.of(end, 5, 25 + rnd.nextInt(6)), giayKhen, "Hiệu trưởng");
            if (rnd.nextDouble() < 0.01 || nominees.isEmpty()) {
                return; // sent nothing this year
            }
            List<Forwarded> none = List.of();
            long[] accepted = new long[1];
            int version = send(
                    me,
                    receiver,
                    roundId,
                    deadline,
                    "Hồ sơ đề nghị khen thưởng năm học " + sy + " – " + unit.name(),
                    nominees,
                    none,
                    0.08,
                    0.01,
                    0.06,
                    true,
                    accepted);
            if (version == 0) {
                return; // returned and not resent
            }
            for (Nominee n : nominees) {
                if (LOCAL_CODES.contains(n.code())) {
                    if (n.decided()) {
                        local.add(new Award(n.code(), n, me));
                    }
                } else {
                    forwarded.add(new Forwarded(n, me, accepted[0], version));
                }
            }
        }

        /** A person's nominations of the year (LĐTT, CSTĐ cơ sở, provincial awards) and the school's Giấy khen. */
        List<Nominee> individual(Person p) {
            List<Nominee> list = new ArrayList<>(2);
            double r = rnd.nextDouble();
            if (r < 0.60) {
                list.add(new Nominee("LDTT", p, null, true));
                if (rnd.nextDouble() < 0.08 / 0.60) {
                    list.add(new Nominee("CSTD_CO_SO", p, null, true));
                    if (rnd.nextDouble() < 0.05) {
                        list.add(new Nominee("CSTD_TINH", p, null, rnd.nextDouble() < 0.8));
                    }
                }
            } else if (r < 0.63) {
                list.add(new Nominee("LDTT", p, null, false));
            }
            if (rnd.nextDouble() < 0.008) {
                list.add(new Nominee("BANG_KHEN_TINH_CN", p, null, rnd.nextDouble() < 0.85));
            }
            if (rnd.nextDouble() < 0.03) {
                list.add(new Nominee("GIAY_KHEN_CN", p, null, true));
            }
            return list;
        }

        int send(
                Org sender,
                Org receiver,
                long roundId,
                LocalDate deadline,
                String title,
                List<Nominee> items,
                List<Forwarded> origins,
                double lateShare,
                double returnedShare,
                double resentShare,
                boolean school)
                throws SQLException {
            return send(
                    sender,
                    receiver,
                    roundId,
                    deadline,
                    title,
                    items,
                    origins,
                    lateShare,
                    returnedShare,
                    resentShare,
                    school,
                    new long[1]);
        }

        /**
         * Sends a dossier as the product does: version 1 (late with {@code lateShare}), returned for good with
         * {@code returnedShare}, returned and resent as version 2 with {@code resentShare}, otherwise accepted. Both
         * copies of every version. Returns the accepted version (0 if none) and its inbox id in {@code acceptedInbox}.
         */
        int send(
                Org sender,
                Org receiver,
                long roundId,
                LocalDate deadline,
                String title,
                List<Nominee> items,
                List<Forwarded> origins,
                double lateShare,
                double returnedShare,
                double resentShare,
                boolean school,
                long[] acceptedInbox)
                throws SQLException {
            long dossier = nextDossier++;
            dossiers.add(dossier, sender.id(), 1, roundId, title, null);
            Map<String, Integer> counts = new TreeMap<>();
            items.forEach(n -> counts.merge(n.code(), 1, Integer::sum));
            StringBuilder countText = new StringBuilder();
            counts.forEach((k, v) -> countText
                    .append(countText.isEmpty() ? "" : ",")
                    .append(k)
                    .append(':')
                    .append(v));
            String payload = payload(items, origins);
            double fate = rnd.nextDouble();
            boolean late = rnd.nextDouble() < lateShare;
            LocalDate firstDay = late ? deadline.plusDays(1 + rnd.nextInt(6)) : deadline.minusDays(rnd.nextInt(16));
            Instant sent = at(firstDay, 8 + rnd.nextInt(9));
            String sentBy = school ? "Hiệu trưởng " + sender.name() : "Trưởng phòng " + sender.name();
            String decidedBy = "Cán bộ thi đua " + receiver.name();
            Instant decided = sent.plusSeconds(86_400L * (1 + rnd.nextInt(3)));
            if (fate < returnedShare + resentShare) {
                version(
                        sender,
                        receiver,
                        roundId,
                        dossier,
                        1,
                        title,
                        "RETURNED",
                        sent,
                        sentBy,
                        deadline,
                        decided,
                        decidedBy,
                        "Thiếu biên bản họp Hội đồng Thi đua – Khen thưởng",
                        items.size(),
                        countText,
                        payload,
                        false);
                if (fate < returnedShare) {
                    return 0;
                }
                sent = decided.plusSeconds(86_400L * (1 + rnd.nextInt(4)));
                decided = sent.plusSeconds(86_400L * (1 + rnd.nextInt(3)));
                acceptedInbox[0] = version(
                        sender,
                        receiver,
                        roundId,
                        dossier,
                        2,
                        title,
                        "ACCEPTED",
                        sent,
                        sentBy,
                        deadline,
                        decided,
                        decidedBy,
                        null,
                        items.size(),
                        countText,
                        payload,
                        school);
                return 2;
            }
            acceptedInbox[0] = version(
                    sender,
                    receiver,
                    roundId,
                    dossier,
                    1,
                    title,
                    "ACCEPTED",
                    sent,
                    sentBy,
                    deadline,
                    decided,
                    decidedBy,
                    null,
                    items.size(),
                    countText,
                    payload,
                    school);
            return 1;
        }

        /** Both copies of one version; returns the inbox copy's id. */
        long version(
                Org sender,
                Org receiver,
                long roundId,
                long dossier,
                int versionNo,
                String title,
                String status,
                Instant sent,
                String sentBy,
                LocalDate deadline,
                Instant decided,
                String decidedBy,
                String reason,
                int items,
                CharSequence counts,
                String payload,
                boolean consolidated)
                throws SQLException {
            String key = new UUID(rnd.nextLong(), rnd.nextLong()).toString();
            long inbox = 0;
            for (String side : List.of("OUTBOX", "INBOX")) {
                long id = nextSubmission++;
                if (side.equals("INBOX")) {
                    inbox = id;
                }
                submissions.add(
                        id,
                        side.equals("OUTBOX") ? sender.id() : receiver.id(),
                        status.equals("SENT") ? 0 : 1,
                        side,
                        key,
                        "NOMINATION",
                        roundId,
                        dossier,
                        sender.id(),
                        receiver.id(),
                        versionNo,
                        title,
                        status,
                        sent,
                        sentBy,
                        deadline,
                        decided,
                        decidedBy,
                        reason,
                        items,
                        counts.toString(),
                        payload,
                        consolidated && side.equals("INBOX") && status.equals("ACCEPTED"));
            }
            return inbox;
        }

        /** An issued decision of {@code unit} with the award records of {@code awards} (nothing if empty). */
        void decide(Org unit, Long roundId, String sy, LocalDate date, List<Award> awards, String signerTitle)
                throws SQLException {
            if (awards.isEmpty()) {
                return;
            }
            long id = nextDecision++;
            int number = registry.merge(unit.id() + "/" + date.getYear(), 1, Integer::sum);
            String numberText = "%02d/QĐ-%s".formatted(number, symbols.get(unit.id()));
            String label = "QĐ số %s ngày %s".formatted(numberText, DMY.format(date));
            String signer = name(rnd);
            Instant issuedAt = at(date, 10);
            decisions.add(
                    id,
                    unit.id(),
                    1,
                    roundId,
                    number,
                    numberText,
                    date,
                    sy,
                    "Về việc công nhận danh hiệu thi đua và khen thưởng năm học " + sy,
                    null,
                    signerTitle,
                    signer,
                    "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                    "Thử Nghiệm",
                    true,
                    issuedAt,
                    signer);
            for (Award a : awards) {
                boolean revoked = rnd.nextDouble() < 0.015;
                Instant revokedAt = revoked ? at(date.plusDays(15 + rnd.nextInt(60)), 9) : null;
                records.add(
                        nextRecord++,
                        revoked ? 1 : 0,
                        unit.id(),
                        id,
                        label,
                        date,
                        sy,
                        a.code(),
                        a.nominee().collective() ? "COLLECTIVE" : "INDIVIDUAL",
                        a.nominee().label(),
                        a.nominee().collective() ? null : a.nominee().person().userId(),
                        a.holder().id(),
                        a.holder().name(),
                        a.holder().path(),
                        amount(a.code(), date),
                        revokedAt,
                        revoked ? signer : null,
                        revoked ? "Phát hiện vi phạm sau khi khen thưởng" : null,
                        revoked ? "Quyết định hủy bỏ của " + unit.name() : null);
            }
        }

        long round(Org owner, String name, String sy, LocalDate deadline, String codes, Instant openedAt)
                throws SQLException {
            return round(owner, name, sy, deadline, codes, openedAt, true);
        }

        long round(
                Org owner, String name, String sy, LocalDate deadline, String codes, Instant openedAt, boolean closed)
                throws SQLException {
            long id = nextRound++;
            rounds.add(id, 1, owner.id(), owner.path(), "NOMINATION", name, sy, deadline, codes, closed, openedAt, 0);
            return id;
        }

        /**
         * The year in progress: a mid-year round of each commune and of the Sở, still open; about 40 % of the schools
         * have sent a few Giấy khen nominees (most waiting for review, some accepted, a few returned).
         */
        void openYear(int start) throws SQLException {
            String sy = start + "-" + (start + 1);
            LocalDate deadline = LocalDate.of(start, 12, 15);
            Instant opened = at(LocalDate.of(start, 11, 2), 8);
            String name = "Khen thưởng học kỳ I năm học " + sy;
            long[] communeRound = new long[communes.size()];
            for (int ci = 0; ci < communes.size(); ci++) {
                communeRound[ci] = round(
                        org.get(communes.get(ci).code()),
                        name,
                        sy,
                        deadline,
                        "GIAY_KHEN_CN,GIAY_KHEN_TT",
                        opened,
                        false);
            }
            Org dept = org.get(DEPT);
            long deptRound = round(dept, name, sy, deadline, "GIAY_KHEN_CN,GIAY_KHEN_TT", opened, false);
            rounds.flush();
            for (int s = 0; s < schools.size(); s++) {
                if (rnd.nextDouble() >= 0.4) {
                    continue;
                }
                Unit unit = schools.get(s);
                Org me = org.get(unit.code());
                Org receiver = unit.commune() < 0
                        ? dept
                        : org.get(communes.get(unit.commune()).code());
                long roundId = unit.commune() < 0 ? deptRound : communeRound[unit.commune()];
                List<Nominee> items = new ArrayList<>();
                int first = rnd.nextInt(staff[s].length);
                int n = 1 + rnd.nextInt(4);
                for (int k = 0; k < n; k++) {
                    items.add(new Nominee("GIAY_KHEN_CN", staff[s][(first + k) % staff[s].length], null, true));
                }
                if (rnd.nextDouble() < 0.2) {
                    items.add(new Nominee("GIAY_KHEN_TT", null, unit.name(), true));
                }
                String title = "Hồ sơ đề nghị khen thưởng học kỳ I năm học " + sy + " – " + unit.name();
                long dossier = nextDossier++;
                dossiers.add(dossier, me.id(), 1, roundId, title, null);
                Map<String, Integer> counts = new TreeMap<>();
                items.forEach(i -> counts.merge(i.code(), 1, Integer::sum));
                StringBuilder countText = new StringBuilder();
                counts.forEach((k, v) -> countText
                        .append(countText.isEmpty() ? "" : ",")
                        .append(k)
                        .append(':')
                        .append(v));
                Instant sent = at(LocalDate.of(start, 11, 3 + rnd.nextInt(18)), 8 + rnd.nextInt(9));
                double f = rnd.nextDouble();
                String status = f < 0.6 ? "SENT" : f < 0.95 ? "ACCEPTED" : "RETURNED";
                boolean decided = !status.equals("SENT");
                version(
                        me,
                        receiver,
                        roundId,
                        dossier,
                        1,
                        title,
                        status,
                        sent,
                        "Hiệu trưởng " + me.name(),
                        deadline,
                        decided ? sent.plusSeconds(86_400) : null,
                        decided ? "Cán bộ thi đua " + receiver.name() : null,
                        status.equals("RETURNED") ? "Đề nghị bổ sung báo cáo thành tích" : null,
                        items.size(),
                        countText,
                        payload(items, List.of()),
                        false);
            }
        }

        /**
         * The advanced models (điển hình tiên tiến) of every school: a phase from {@code lastYear+1} to
         * {@code lastYear+5} in its first months (2–4 exemplars, 0–6 entries each, none later than the open year's
         * December), and for about 45 % of the schools the previous phase {@code lastYear-4}–{@code lastYear}, ended,
         * with 1–3 exemplars further along. Individuals from the school's staff (mentored by the head half the
         * time) and collectives (a team, with no user); fields weighted by school type; nhân rộng entries with
         * 10–80 participants and 1–6 units reached. About 15 % of the exemplars with two entries or more have a
         * gallery story, most of them published, with 0–5 "learned from" records of other schools (mostly of the
         * same commune). Drawn from a generator of its own: the rest of the history does not change with it.
         */
        void advancedModels() throws SQLException {
            Random x = new Random(size.seed() * 31 + 11);
            int current = size.lastYear() + 1;
            int previous = size.lastYear() - 4;
            LocalDate now = LocalDate.of(current, 12, 5);
            for (int s = 0; s < schools.size(); s++) {
                Unit unit = schools.get(s);
                Org me = org.get(unit.code());
                String head = "gv.sp.%04d.001".formatted(s + 1);
                if (x.nextDouble() < 0.45) {
                    long phase = nextPhase++;
                    phases.add(phase, me.id(), 0, previous, previous + 4);
                    phaseOf(
                            x,
                            s,
                            me,
                            phase,
                            1 + x.nextInt(3),
                            LocalDate.of(previous, 9, 5),
                            LocalDate.of(previous + 5, 5, 25),
                            2,
                            head,
                            now);
                }
                long phase = nextPhase++;
                phases.add(phase, me.id(), 0, current, current + 4);
                phaseOf(x, s, me, phase, 2 + x.nextInt(3), LocalDate.of(current, 9, 5), now, 0, head, now);
            }
        }

        /** {@code count} exemplars of a school in one phase, their entries between {@code from} and {@code to}. */
        void phaseOf(
                Random x,
                int s,
                Org me,
                long phase,
                int count,
                LocalDate from,
                LocalDate to,
                int minEntries,
                String head,
                LocalDate now)
                throws SQLException {
            Unit unit = schools.get(s);
            Person[] people = staff[s];
            java.util.Set<Integer> chosen = new java.util.HashSet<>();
            for (int k = 0; k < count; k++) {
                long id = nextExemplar++;
                String field = field(x, unit.schoolType());
                String topic = pick(x, TOPICS.get(field));
                Person p = null;
                String name;
                if (x.nextDouble() < 0.7) {
                    int i;
                    do {
                        i = x.nextInt(people.length);
                    } while (!chosen.add(i));
                    p = people[i];
                    name = p.name();
                } else {
                    name = pick(x, TEAMS.get(unit.schoolType())) + " – " + unit.name();
                }
                boolean mentored = p != null && p != people[0] && x.nextBoolean();
                exemplars.add(
                        id,
                        me.id(),
                        0,
                        phase,
                        p == null ? null : p.userId(),
                        name,
                        p == null ? null : p.position(),
                        field,
                        topic,
                        "Áp dụng có hiệu quả tại đơn vị, được tổ chuyên môn đánh giá tốt; chia sẻ với ít nhất 2 đơn vị"
                                + " bạn trong giai đoạn.",
                        mentored ? people[0].userId() : null,
                        mentored ? people[0].name() : null,
                        null);
                int n = minEntries + x.nextInt(7 - minEntries);
                List<String> stages = new ArrayList<>();
                for (int e = 0; e < n; e++) {
                    double r = x.nextDouble();
                    stages.add(e == 0 ? "PHAT_HIEN" : r < 0.5 ? "BOI_DUONG" : r < 0.75 ? "TONG_KET" : "NHAN_RONG");
                }
                stages.sort(java.util.Comparator.comparing(vn.thidua.exemplar.ExemplarStage::valueOf));
                long span = java.time.temporal.ChronoUnit.DAYS.between(from, to);
                List<LocalDate> days = new ArrayList<>();
                for (int e = 0; e < n; e++) {
                    days.add(from.plusDays((long) (x.nextDouble() * span)));
                }
                days.sort(null);
                for (int e = 0; e < n; e++) {
                    String stage = stages.get(e);
                    boolean replication = stage.equals("NHAN_RONG");
                    boolean planned = stage.equals("BOI_DUONG") && x.nextDouble() < 0.15;
                    LocalDate day = planned ? days.get(e).plusDays(30 + x.nextInt(60)) : days.get(e);
                    entries.add(
                            nextEntry++,
                            me.id(),
                            0,
                            id,
                            stage,
                            day,
                            pick(x, ENTRY_TEXTS.get(stage)),
                            !planned,
                            replication ? REPLICATION[x.nextInt(REPLICATION.length)] : null,
                            replication ? 10 + x.nextInt(71) : null,
                            replication ? 1 + x.nextInt(6) : null,
                            at(days.get(e), 16),
                            head);
                }
                if (n >= 2 && x.nextDouble() < 0.15) {
                    story(x, s, me, id, name, field, topic, days.get(n - 1), head, now);
                }
            }
        }

        /** A gallery story of an exemplar; a published one with 0–5 "learned from" records of other schools. */
        void story(
                Random x,
                int s,
                Org me,
                long exemplarId,
                String name,
                String field,
                String topic,
                LocalDate last,
                String head,
                LocalDate now)
                throws SQLException {
            Unit unit = schools.get(s);
            double r = x.nextDouble();
            String status = r < 0.75 ? "PUBLISHED" : r < 0.85 ? "SUBMITTED" : "DRAFT";
            LocalDate updated = last.plusDays(1 + x.nextInt(10));
            boolean published = status.equals("PUBLISHED");
            long id = nextStory++;
            stories.add(
                    id,
                    0,
                    me.id(),
                    me.name(),
                    PROVINCE,
                    unit.schoolType(),
                    exemplarId,
                    name,
                    field,
                    topic + " – " + name,
                    "Từ thực tiễn của đơn vị, " + name + " đã triển khai " + topic.toLowerCase(Locale.ROOT)
                            + "; kết quả được tổ chuyên môn và phụ huynh ghi nhận.",
                    "Sáng kiến được công nhận cấp cơ sở; chia sẻ kinh nghiệm với các trường bạn.",
                    x.nextDouble() < 0.7 ? "PROVINCE" : "NATIONWIDE",
                    status,
                    Dates.schoolYear(updated),
                    at(updated, 15),
                    head,
                    published ? at(updated, 15) : null);
            if (!published) {
                return;
            }
            List<Integer> near = unit.commune() < 0 ? deptSchools : schoolsOfCommune.get(unit.commune());
            java.util.Set<Integer> learners = new java.util.HashSet<>();
            int k = x.nextInt(6);
            for (int tries = 0; learners.size() < k && tries < 20; tries++) {
                int other = x.nextDouble() < 0.6 && near.size() > 1
                        ? near.get(x.nextInt(near.size()))
                        : x.nextInt(schools.size());
                if (other == s || !learners.add(other)) {
                    continue;
                }
                Unit u = schools.get(other);
                LocalDate on = updated.plusDays(1 + x.nextInt(40));
                on = on.isAfter(now) && !updated.isAfter(now) ? now : on;
                learnings.add(
                        nextLearning++,
                        0,
                        id,
                        org.get(u.code()).id(),
                        u.name(),
                        x.nextDouble() < 0.6 ? "VISIT" : "ADOPTED_PRACTICE",
                        on,
                        x.nextBoolean() ? "Tổ chức cho giáo viên dự giờ, trao đổi kinh nghiệm." : null,
                        at(on, 17),
                        "gv.sp.%04d.001".formatted(other + 1));
            }
        }

        String field(Random x, String schoolType) {
            double r = x.nextDouble();
            if (schoolType.equals("MN")) {
                return r < 0.25
                        ? "TEACHING_INNOVATION"
                        : r < 0.65 ? "CHILD_CARE" : r < 0.77 ? "MANAGEMENT" : r < 0.92 ? "COMMUNITY" : "OTHER";
            }
            return r < 0.5
                    ? "TEACHING_INNOVATION"
                    : r < 0.55 ? "CHILD_CARE" : r < 0.72 ? "MANAGEMENT" : r < 0.9 ? "COMMUNITY" : "OTHER";
        }

        /** The submission payload as the product writes it: the items in the official columns, no documents. */
        String payload(List<Nominee> items, List<Forwarded> origins) {
            StringBuilder j = new StringBuilder(items.size() * 190).append("{\"items\":[");
            for (int i = 0; i < items.size(); i++) {
                Nominee n = items.get(i);
                Forwarded f = origins.isEmpty() ? null : origins.get(i);
                j.append(i == 0 ? "" : ",")
                        .append("{\"seq\":")
                        .append(i + 1)
                        .append(",\"category\":\"")
                        .append(n.code())
                        .append("\",\"subject\":\"")
                        .append(n.collective() ? "COLLECTIVE" : "INDIVIDUAL")
                        .append("\",\"label\":")
                        .append(json(n.label()));
                if (f == null) {
                    j.append(",\"originUnitId\":null,\"originUnitName\":null,\"originSubmissionId\":null,"
                            + "\"originVersion\":null,\"originRef\":null");
                } else {
                    j.append(",\"originUnitId\":")
                            .append(f.origin().id())
                            .append(",\"originUnitName\":")
                            .append(json(f.origin().name()))
                            .append(",\"originSubmissionId\":")
                            .append(f.originSubmissionId())
                            .append(",\"originVersion\":")
                            .append(f.originVersion())
                            .append(",\"originRef\":null");
                }
                j.append(",\"data\":{");
                if (!n.collective()) {
                    j.append("\"position\":")
                            .append(json(n.person().position()))
                            .append(",\"yearsOfService\":\"")
                            .append(n.person().since())
                            .append("\",\"personUserId\":\"")
                            .append(n.person().userId())
                            .append('"');
                }
                j.append("}}");
            }
            return j.append("],\"documents\":[]}").toString();
        }

        /** Coefficient × base salary in force (the earliest one before the catalogue's first), rounded up. */
        long amount(String code, LocalDate date) {
            var salary = salaries.floorEntry(date);
            BigDecimal base =
                    salary != null ? salary.getValue() : salaries.firstEntry().getValue();
            return coefficients
                    .get(code)
                    .multiply(base)
                    .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.CEILING)
                    .multiply(BigDecimal.valueOf(10_000))
                    .longValueExact();
        }

        long nextId(String table) throws SQLException {
            return count("select coalesce(max(id), 0) + 1 from " + table);
        }

        long count(String sql) throws SQLException {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Buffers rows of one table and writes them as multi-row INSERTs, committing each; fast on H2 and MySQL. */
    static final class Inserter implements AutoCloseable {

        final Connection c;
        final String table;
        final String[] columns;
        final int rowsPerStatement;
        final List<Object[]> rows = new ArrayList<>();
        final List<Inserter> before = new ArrayList<>();
        PreparedStatement full;
        long count;

        Inserter(Connection c, String table, int rowsPerStatement, String... columns) {
            this.c = c;
            this.table = table;
            this.columns = columns;
            this.rowsPerStatement = rowsPerStatement;
        }

        /** Rows of {@code other} are written before this table's (foreign keys). */
        void after(Inserter other) {
            before.add(other);
        }

        void add(Object... values) throws SQLException {
            if (values.length != columns.length) {
                throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns.length);
            }
            rows.add(values);
            if (rows.size() >= rowsPerStatement) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            for (Inserter b : before) {
                b.flush();
            }
            boolean whole = rows.size() == rowsPerStatement;
            if (whole && full == null) {
                full = c.prepareStatement(sql(rowsPerStatement));
            }
            PreparedStatement ps = whole ? full : c.prepareStatement(sql(rows.size()));
            try {
                int i = 1;
                for (Object[] row : rows) {
                    for (Object v : row) {
                        bind(ps, i++, v);
                    }
                }
                ps.executeUpdate();
            } finally {
                if (!whole) {
                    ps.close();
                }
            }
            c.commit();
            count += rows.size();
            rows.clear();
        }

        private String sql(int n) {
            String one = "(" + "?,".repeat(columns.length - 1) + "?)";
            StringBuilder sql = new StringBuilder("insert into ")
                    .append(table)
                    .append(" (")
                    .append(String.join(", ", columns))
                    .append(") values ");
            for (int i = 0; i < n; i++) {
                sql.append(i == 0 ? "" : ",").append(one);
            }
            return sql.toString();
        }

        private static void bind(PreparedStatement ps, int i, Object v) throws SQLException {
            switch (v) {
                case null -> ps.setNull(i, Types.NULL);
                case Instant t -> ps.setObject(i, LocalDateTime.ofInstant(t, UTC)); // as Hibernate, jdbc.time_zone=UTC
                case LocalDate d -> ps.setObject(i, d);
                case String s -> ps.setString(i, s);
                case Long l -> ps.setLong(i, l);
                case Integer n -> ps.setInt(i, n);
                case Boolean b -> ps.setBoolean(i, b);
                default -> ps.setObject(i, v);
            }
        }

        @Override
        public void close() throws SQLException {
            if (full != null) {
                full.close();
            }
        }
    }

    // -------------------------------------------------------------------------------------------------- exemplars

    static final String[] REPLICATION = {"TALK", "VISIT", "DEMO_LESSON", "ARTICLE", "OTHER"};

    static final Map<String, String[]> TOPICS = Map.of(
            "TEACHING_INNOVATION",
            new String[] {
                "Đổi mới phương pháp dạy học theo hướng phát triển năng lực",
                "Ứng dụng công nghệ thông tin trong giảng dạy",
                "Dạy học STEM gắn với thực tiễn địa phương",
                "Hoạt động trải nghiệm sáng tạo cho học sinh"
            },
            "MANAGEMENT",
            new String[] {
                "Chuyển đổi số trong quản lý hồ sơ chuyên môn",
                "Quản lý nề nếp, kỷ cương trường học",
                "Xây dựng văn hóa nhà trường"
            },
            "CHILD_CARE",
            new String[] {
                "Xây dựng môi trường giáo dục lấy trẻ làm trung tâm",
                "Chăm sóc, nuôi dưỡng trẻ và phòng chống suy dinh dưỡng",
                "Giáo dục kỹ năng sống cho trẻ"
            },
            "COMMUNITY",
            new String[] {
                "Phối hợp với phụ huynh và cộng đồng trong giáo dục học sinh",
                "Xây dựng tủ sách cộng đồng",
                "Vận động xã hội hóa giáo dục"
            },
            "OTHER",
            new String[] {"Gương người tốt, việc tốt", "Trường lớp xanh – sạch – đẹp – an toàn"});

    static final Map<String, String[]> TEAMS = Map.of(
            "MN",
            new String[] {"Tổ khối Mẫu giáo lớn", "Tổ khối Nhà trẻ", "Tổ Nuôi dưỡng", "Tổ Văn phòng"},
            "TH",
            new String[] {"Tổ khối 1", "Tổ khối 5", "Tổ chuyên môn Tiếng Anh", "Liên đội"},
            "THCS",
            new String[] {"Tổ Toán – Tin", "Tổ Ngữ văn", "Tổ Khoa học tự nhiên", "Liên đội"},
            "THPT",
            new String[] {"Tổ Toán – Tin", "Tổ Ngữ văn", "Tổ Ngoại ngữ", "Đoàn trường"});

    static final Map<String, String[]> ENTRY_TEXTS = Map.of(
            "PHAT_HIEN",
            new String[] {
                "Qua dự giờ đầu năm và đánh giá của tổ chuyên môn, được lựa chọn xây dựng điển hình.",
                "Có cách làm hiệu quả, được phụ huynh và đồng nghiệp ghi nhận."
            },
            "BOI_DUONG",
            new String[] {
                "Cử tham gia lớp bồi dưỡng chuyên đề; hiệu trưởng dự giờ, góp ý hằng tháng.",
                "Tham quan, học tập mô hình tại trường bạn; bổ sung học liệu.",
                "Được hỗ trợ thiết bị và thời gian để hoàn thiện cách làm."
            },
            "TONG_KET",
            new String[] {
                "Sơ kết học kỳ: đạt các tiêu chí đề ra; tiếp tục bồi dưỡng.",
                "Tổng kết năm học: cách làm được công nhận là sáng kiến cấp cơ sở."
            },
            "NHAN_RONG",
            new String[] {
                "Tiết dạy minh họa cho giáo viên các trường trong xã dự.",
                "Báo cáo chuyên đề tại hội nghị chuyên môn cụm trường.",
                "Bài viết chia sẻ kinh nghiệm trên trang thông tin của ngành."
            });

    private static String pick(Random rnd, String[] options) {
        return options[rnd.nextInt(options.length)];
    }

    // ------------------------------------------------------------------------------------------------------ names

    private static final String[] PLACES = {
        "An", "Bình", "Hòa", "Phú", "Tân", "Thạnh", "Long", "Mỹ", "Vĩnh", "Phước", "Đông", "Tây", "Hưng", "Thuận",
        "Lợi", "Xuân", "Trung", "Nghĩa", "Hiệp", "Thới", "Khánh", "Lộc", "Định", "Quới", "Hội", "Hậu", "Sơn", "Thủy",
        "Châu", "Phong"
    };
    private static final String[] FAMILY = {
        "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"
    };
    private static final String[] MIDDLE_F = {"Thị", "Thị Thu", "Thị Ngọc", "Ngọc", "Thanh", "Thị Minh", "Thùy", "Mai"};
    private static final String[] MIDDLE_M = {"Văn", "Đức", "Minh", "Hữu", "Quang", "Thanh", "Công", "Xuân"};
    private static final String[] GIVEN_F = {
        "An", "Anh", "Chi", "Dung", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Linh", "Loan", "Mai", "Nga", "Ngân",
        "Nhung", "Phương", "Quyên", "Thảo", "Trang", "Tuyết", "Vân", "Yến", "Hồng"
    };
    private static final String[] GIVEN_M = {
        "An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hùng", "Khánh", "Long", "Minh", "Nam", "Phong", "Quân",
        "Sơn", "Thắng", "Toàn", "Trung", "Tuấn", "Việt"
    };

    /** Two-syllable place names in a seeded order. */
    private static List<String> places(Random rnd) {
        List<String> list = new ArrayList<>();
        for (String a : PLACES) {
            for (String b : PLACES) {
                if (!a.equals(b)) {
                    list.add(a + " " + b);
                }
            }
        }
        java.util.Collections.shuffle(list, rnd);
        return list;
    }

    private static String unique(String place, int round) {
        return round == 0 ? place : place + " " + (round + 1);
    }

    /** "UBND xã Tân Phú – Phòng …" → "Tân Phú". */
    private static String placeOf(String communeName) {
        String rest = communeName.substring(communeName.indexOf(' ', 5) + 1);
        return rest.substring(0, rest.indexOf(" – "));
    }

    private static String prefix(String schoolType) {
        return switch (schoolType) {
            case "MN" -> "Trường Mầm non";
            case "TH" -> "Trường Tiểu học";
            case "THCS" -> "Trường THCS";
            default -> "Trường THPT";
        };
    }

    private static String name(Random rnd) {
        boolean female = rnd.nextInt(4) != 0;
        return FAMILY[rnd.nextInt(FAMILY.length)] + " "
                + (female ? MIDDLE_F[rnd.nextInt(MIDDLE_F.length)] : MIDDLE_M[rnd.nextInt(MIDDLE_M.length)]) + " "
                + (female ? GIVEN_F[rnd.nextInt(GIVEN_F.length)] : GIVEN_M[rnd.nextInt(GIVEN_M.length)]);
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(Dates.ZONE).toInstant();
    }

    private static String json(String text) {
        StringBuilder s = new StringBuilder(text.length() + 2).append('"');
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                default -> {
                    if (ch < 0x20) {
                        s.append("\\u%04x".formatted((int) ch));
                    } else {
                        s.append(ch);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}

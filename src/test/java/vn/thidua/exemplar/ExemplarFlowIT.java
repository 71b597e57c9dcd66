package vn.thidua.exemplar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.IntegrationTest;
import vn.thidua.TestLogins;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.NotFoundException;

/**
 * The exemplar registry of MN Quang Trung through the services: the registration round's three advanced-model
 * candidates imported once (a second import adds nobody), an entry dated outside the phase refused with nothing
 * written, the timeline in date order with the awards of a review's school year from the award history, and the
 * annex list read back from the DOCX.
 */
@IntegrationTest
class ExemplarFlowIT {

    static final String SCHOOL = "MN-QUANGTRUNG-TN";
    static final List<String> THREE = List.of("Lê Thị Hồng Nhung", "Trần Thị Hoa", "Đỗ Thị Lan Anh");

    @Autowired
    TestLogins logins;

    @Autowired
    ExemplarService exemplars;

    @Autowired
    ExemplarExports exports;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void login() {
        logins.as("hieutruong.mnqt", SCHOOL);
    }

    @AfterEach
    void logout() {
        logins.logout();
    }

    PhaseSummary phase(int start, int end) {
        return exemplars.phases().stream()
                .filter(p -> p.startYear() == start && p.endYear() == end)
                .findFirst()
                .orElseGet(() -> exemplars.openPhase(start, end));
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void importFromRegistrationCreatesTheThreeCandidatesExactlyOnce() {
        PhaseSummary phase = phase(2031, 2035);
        assertThat(exemplars.exemplars(phase.id())).isEmpty();
        long audits = count("select count(*) from audit_entry where entity_type = 'EXEMPLAR'");

        assertThat(exemplars.importFromRegistration(phase.id(), "2026-2027")).isEqualTo(3);
        assertThat(exemplars.importFromRegistration(phase.id(), "2026-2027")).isZero();

        List<ExemplarSummary> list = exemplars.exemplars(phase.id());
        assertThat(list).extracting(ExemplarSummary::name).containsExactlyInAnyOrderElementsOf(THREE);
        assertThat(list).allMatch(x -> !x.collective() && x.userId() != null && x.stage() == null);
        assertThat(list)
                .filteredOn(x -> x.name().equals("Đỗ Thị Lan Anh"))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.field()).isEqualTo(ExemplarField.MANAGEMENT);
                    assertThat(x.topic()).isEqualTo("Ứng dụng công nghệ thông tin trong quản lý chuyên môn");
                });
        assertThat(count("select count(*) from audit_entry where entity_type = 'EXEMPLAR'"))
                .isEqualTo(audits + 3);
        // the demo phase got them once too
        assertThat(exemplars.exemplars(phase(2026, 2030).id()))
                .extracting(ExemplarSummary::name)
                .containsExactlyInAnyOrderElementsOf(THREE);
        // a year without a round: a message, nothing added
        assertThatThrownBy(() -> exemplars.importFromRegistration(phase.id(), "2019-2020"))
                .isInstanceOf(BusinessException.class)
                .hasMessage("exemplar.error.noCandidates");
    }

    @Test
    void aCollectiveAndAMemberAreAddedDirectlyAndSomeoneElsesPersonIsRefused() throws Exception {
        PhaseSummary phase = phase(2036, 2040);
        long mentor = jdbc.sql("select id from user_account where username = 'hieutruong.mnqt'")
                .query(Long.class)
                .single();
        long outsider = jdbc.sql("select id from user_account where username = 'hieutruong.thtv'")
                .query(Long.class)
                .single();
        long collective = exemplars.add(
                phase.id(),
                new ExemplarData(
                        null,
                        "Tổ chuyên môn khối Mẫu giáo lớn",
                        ExemplarField.CHILD_CARE,
                        "Môi trường lấy trẻ làm trung tâm",
                        "100 % lớp đạt chuẩn môi trường",
                        mentor));
        assertThat(exemplars.details(collective).summary()).satisfies(x -> {
            assertThat(x.collective()).isTrue();
            assertThat(x.mentorName()).isNotBlank();
            assertThat(x.criteria()).isEqualTo("100 % lớp đạt chuẩn môi trường");
        });
        assertThatThrownBy(() -> exemplars.add(
                        phase.id(),
                        new ExemplarData(
                                null, "Tổ chuyên môn khối Mẫu giáo lớn", ExemplarField.OTHER, null, null, null)))
                .hasMessage("exemplar.error.duplicate");
        assertThatThrownBy(() -> exemplars.add(
                        phase.id(), new ExemplarData(outsider, null, ExemplarField.OTHER, null, null, null)))
                .hasMessage("exemplar.error.notMember");
        assertThat(exemplars.exemplars(phase.id())).hasSize(1);
        byte[] docx = exports.annexDocx(phase.id());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText())
                    .contains("II. TẬP THỂ", "Tổ chuyên môn khối Mẫu giáo lớn", "Chăm sóc, nuôi dưỡng trẻ");
        }
    }

    @Test
    void anEntryOutsideThePhaseIsRefusedAndNothingIsWritten() {
        PhaseSummary phase = phase(2026, 2030);
        long id = exemplars.exemplars(phase.id()).getFirst().id();
        long entries = count("select count(*) from exemplar_entry");
        long audits = count("select count(*) from audit_entry");
        for (LocalDate outside : List.of(LocalDate.of(2025, 12, 31), LocalDate.of(2031, 1, 1))) {
            assertThatThrownBy(() -> exemplars.addEntry(
                            id, EntryData.of(ExemplarStage.BOI_DUONG, outside, "Bồi dưỡng ngoài giai đoạn")))
                    .isInstanceOf(BusinessException.class)
                    .hasMessage("exemplar.error.outsidePhase")
                    .satisfies(e -> assertThat(((BusinessException) e).args()).contains("2026–2030"));
        }
        assertThatThrownBy(() -> exemplars.addEntry(
                        id,
                        new EntryData(ExemplarStage.NHAN_RONG, LocalDate.of(2027, 1, 5), "Chia sẻ", true, null, 5, 1)))
                .hasMessage("exemplar.error.replicationKind");
        assertThat(count("select count(*) from exemplar_entry")).isEqualTo(entries);
        assertThat(count("select count(*) from audit_entry")).isEqualTo(audits);
        // on the phase's first and last day it is accepted
        exemplars.addEntry(id, EntryData.of(ExemplarStage.BOI_DUONG, LocalDate.of(2030, 12, 31), "Tổng kết 5 năm"));
        assertThat(count("select count(*) from exemplar_entry")).isEqualTo(entries + 1);
        assertThat(count("select count(*) from audit_entry where entity_type = 'EXEMPLAR_ENTRY'"))
                .isGreaterThan(0);
    }

    @Test
    void theTimelineIsInDateOrderWithTheAwardsOfAReviewsYearFromHistory() {
        PhaseSummary phase = phase(2025, 2029);
        exemplars.importFromRegistration(phase.id(), "2026-2027");
        long nhung = exemplars.exemplars(phase.id()).stream()
                .filter(x -> x.name().equals("Lê Thị Hồng Nhung"))
                .findFirst()
                .orElseThrow()
                .id();
        exemplars.addEntry(
                nhung, EntryData.of(ExemplarStage.TONG_KET, LocalDate.of(2026, 5, 20), "Tổng kết năm học 2025–2026"));
        exemplars.addEntry(
                nhung, EntryData.of(ExemplarStage.PHAT_HIEN, LocalDate.of(2025, 9, 15), "Phát hiện qua dự giờ"));
        exemplars.addEntry(
                nhung,
                new EntryData(
                        ExemplarStage.BOI_DUONG,
                        LocalDate.of(2025, 11, 1),
                        "Bồi dưỡng chuyên đề",
                        false,
                        null,
                        null,
                        null));

        ExemplarDetails d = exemplars.details(nhung);
        assertThat(d.timeline())
                .extracting(TimelineItem::stage)
                .containsExactly(ExemplarStage.PHAT_HIEN, ExemplarStage.BOI_DUONG, ExemplarStage.TONG_KET);
        assertThat(d.timeline()).extracting(TimelineItem::date).isSorted();
        assertThat(d.timeline().get(1).done()).isFalse();
        assertThat(d.summary().stage()).isEqualTo(ExemplarStage.TONG_KET);

        // the awards of 2025-2026 in the history, counted independently
        long expected = jdbc.sql("select count(*) from award_record r join user_account u on u.id = r.person_user_id"
                        + " where u.username = 'gv.mnqt' and r.school_year = '2025-2026'"
                        + " and r.revoked_at is null")
                .query(Long.class)
                .single();
        TimelineItem review = d.timeline().get(2);
        assertThat(review.schoolYear()).isEqualTo("2025-2026");
        assertThat(expected).isPositive();
        assertThat(review.awards())
                .hasSize((int) expected)
                .anyMatch(a -> a.startsWith("Giấy khen (cá nhân)") && a.contains("28/05/2026"));
        assertThat(d.timeline().get(0).awards()).isEmpty();
    }

    @Test
    void theAnnexListContainsTheThreeNames() throws Exception {
        PhaseSummary phase = phase(2026, 2030);
        byte[] docx = exports.annexDocx(phase.id());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String all = text.getText();
            assertThat(all).contains("DANH SÁCH ĐĂNG KÝ XÂY DỰNG ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2026–2030");
            assertThat(all).contains("Họ và tên", "Chức vụ", "Lĩnh vực");
            THREE.forEach(name -> assertThat(all).contains(name));
            assertThat(all).contains("Quản lý", "TRƯỜNG MẦM NON QUANG TRUNG");
        }
    }

    /**
     * The preschool seed's cycle replayed over two school years of an earlier five-year phase: three people
     * registered, fostered, reviewed each May with that year's awards from the history, and the practice spread.
     */
    @Test
    void twoSimulatedYearsShowFosteringReviewsWithAwardsAndReplication() throws Exception {
        PhaseSummary phase = phase(2022, 2026);
        List<String> people = List.of("gv.mnqt", "hoa.tt.mnqt", "ngan.vt.mnqt");
        for (String username : people) {
            exemplars.add(
                    phase.id(),
                    new ExemplarData(
                            logins.userId(username),
                            null,
                            ExemplarField.TEACHING_INNOVATION,
                            "Đổi mới tổ chức hoạt động trải nghiệm",
                            "Tiêu chí giáo viên dạy giỏi cấp trường",
                            logins.userId("hieutruong.mnqt")));
        }
        long hoa = exemplars.exemplars(phase.id()).stream()
                .filter(x -> x.name().equals("Trần Thị Hoa"))
                .findFirst()
                .orElseThrow()
                .id();
        exemplars.addEntry(hoa, EntryData.of(ExemplarStage.PHAT_HIEN, LocalDate.of(2023, 9, 20), "Phát hiện"));
        exemplars.addEntry(hoa, EntryData.of(ExemplarStage.BOI_DUONG, LocalDate.of(2023, 11, 10), "Dự giờ mẫu"));
        exemplars.addEntry(hoa, EntryData.of(ExemplarStage.TONG_KET, LocalDate.of(2024, 5, 25), "Tổng kết 2023–2024"));
        exemplars.addEntry(
                hoa,
                new EntryData(
                        ExemplarStage.NHAN_RONG,
                        LocalDate.of(2025, 3, 12),
                        "Tiết dạy minh họa cấp phường",
                        true,
                        ReplicationKind.DEMO_LESSON,
                        30,
                        4));
        exemplars.addEntry(
                hoa,
                new EntryData(
                        ExemplarStage.BOI_DUONG,
                        LocalDate.of(2025, 4, 2),
                        "Tập huấn chuyên đề",
                        false,
                        null,
                        null,
                        null));
        exemplars.addEntry(hoa, EntryData.of(ExemplarStage.TONG_KET, LocalDate.of(2025, 5, 28), "Tổng kết 2024–2025"));

        ExemplarDetails d = exemplars.details(hoa);
        assertThat(d.timeline()).extracting(TimelineItem::date).isSorted();
        assertThat(d.timeline())
                .extracting(TimelineItem::stage)
                .containsExactly(
                        ExemplarStage.PHAT_HIEN,
                        ExemplarStage.BOI_DUONG,
                        ExemplarStage.TONG_KET,
                        ExemplarStage.NHAN_RONG,
                        ExemplarStage.BOI_DUONG,
                        ExemplarStage.TONG_KET);
        long withAwards = 0;
        for (TimelineItem review : d.timeline().stream()
                .filter(t -> t.stage() == ExemplarStage.TONG_KET)
                .toList()) {
            long expected = jdbc.sql(
                            "select count(*) from award_record r join user_account u on u.id = r.person_user_id"
                                    + " where u.username = 'hoa.tt.mnqt' and r.school_year = :y and r.revoked_at is null")
                    .param("y", review.schoolYear())
                    .query(Long.class)
                    .single();
            assertThat(review.awards()).hasSize((int) expected);
            withAwards += expected;
        }
        assertThat(d.timeline().get(2).schoolYear()).isEqualTo("2023-2024");
        assertThat(d.timeline().get(5).schoolYear()).isEqualTo("2024-2025");
        assertThat(withAwards).isPositive();
        TimelineItem lesson = d.timeline().get(3);
        assertThat(lesson.participants()).isEqualTo(30);
        assertThat(lesson.unitsReached()).isEqualTo(4);

        byte[] docx = exports.annexDocx(phase.id());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText())
                    .contains("GIAI ĐOẠN 2022–2026")
                    .contains("Lê Thị Hồng Nhung", "Trần Thị Hoa", "Vũ Thị Ngân");
        }
    }

    /**
     * An entry corrected and removed: the checks of adding apply (a date outside the phase, an empty text, a
     * replication without its kind or with a negative count, another stage — refused, nothing changed), a real
     * change is audited with its diff, an unchanged save writes nothing, a deletion is audited and the entry gone.
     */
    @Test
    void anEntryIsEditedWithTheChecksOfAddingAndDeletedBothAudited() {
        PhaseSummary phase = phase(2041, 2045);
        long x = exemplars.add(
                phase.id(),
                new ExemplarData(null, "Tổ chuyên môn khối Nhà trẻ", ExemplarField.CHILD_CARE, null, null, null));
        long entry = exemplars.addEntry(
                x,
                new EntryData(
                        ExemplarStage.NHAN_RONG,
                        LocalDate.of(2042, 3, 10),
                        "Chuyên đề cấp trường",
                        true,
                        ReplicationKind.DEMO_LESSON,
                        20,
                        1));
        long updated = count("select count(*) from audit_entry where entity_type = 'EXEMPLAR_ENTRY'"
                + " and action = 'UPDATED' and entity_id = '" + entry + "'");
        List<EntryData> bad = List.of(
                new EntryData(null, LocalDate.of(2046, 1, 2), "Ngoài giai đoạn", true, ReplicationKind.TALK, 5, 1),
                new EntryData(null, LocalDate.of(2042, 4, 1), "  ", true, ReplicationKind.TALK, 5, 1),
                new EntryData(null, LocalDate.of(2042, 4, 1), "Không hình thức", true, null, 5, 1),
                new EntryData(null, LocalDate.of(2042, 4, 1), "Số âm", true, ReplicationKind.TALK, -1, 1),
                new EntryData(
                        ExemplarStage.TONG_KET, LocalDate.of(2042, 4, 1), "Đổi giai đoạn", true, null, null, null));
        List<String> keys = List.of(
                "exemplar.error.outsidePhase",
                "exemplar.error.textRequired",
                "exemplar.error.replicationKind",
                "exemplar.error.negativeCount",
                "exemplar.error.stageFixed");
        for (int i = 0; i < bad.size(); i++) {
            EntryData data = bad.get(i);
            assertThatThrownBy(() -> exemplars.updateEntry(entry, data))
                    .isInstanceOf(BusinessException.class)
                    .hasMessage(keys.get(i));
        }
        TimelineItem unchanged = exemplars.details(x).timeline().getFirst();
        assertThat(unchanged.text()).isEqualTo("Chuyên đề cấp trường");
        assertThat(unchanged.participants()).isEqualTo(20);

        exemplars.updateEntry(
                entry,
                new EntryData(
                        ExemplarStage.NHAN_RONG,
                        LocalDate.of(2042, 4, 15),
                        "Chuyên đề cấp phường",
                        true,
                        ReplicationKind.TALK,
                        45,
                        4));
        TimelineItem edited = exemplars.details(x).timeline().getFirst();
        assertThat(edited.stage()).isEqualTo(ExemplarStage.NHAN_RONG);
        assertThat(edited.date()).isEqualTo(LocalDate.of(2042, 4, 15));
        assertThat(edited.text()).isEqualTo("Chuyên đề cấp phường");
        assertThat(edited.replicationKind()).isEqualTo(ReplicationKind.TALK);
        assertThat(edited.participants()).isEqualTo(45);
        assertThat(edited.unitsReached()).isEqualTo(4);
        String diff = jdbc.sql("select changes from audit_entry where entity_type = 'EXEMPLAR_ENTRY'"
                        + " and action = 'UPDATED' and entity_id = :id order by id desc limit 1")
                .param("id", String.valueOf(entry))
                .query(String.class)
                .single();
        assertThat(diff)
                .contains("10/03/2042 → 15/04/2042")
                .contains("participants: 20 → 45")
                .contains("unitsReached: 1 → 4")
                .contains("Chuyên đề cấp trường → Chuyên đề cấp phường");
        // the same values again: nothing to audit
        exemplars.updateEntry(
                entry,
                new EntryData(
                        null, LocalDate.of(2042, 4, 15), "Chuyên đề cấp phường", true, ReplicationKind.TALK, 45, 4));
        assertThat(count("select count(*) from audit_entry where entity_type = 'EXEMPLAR_ENTRY'"
                        + " and action = 'UPDATED' and entity_id = '" + entry + "'"))
                .isEqualTo(updated + 1);

        // a planned fostering action can be set back to planned; its text corrected
        long fostering =
                exemplars.addEntry(x, EntryData.of(ExemplarStage.BOI_DUONG, LocalDate.of(2042, 5, 2), "Tập huấn"));
        exemplars.updateEntry(
                fostering, new EntryData(null, LocalDate.of(2042, 5, 2), "Tập huấn STEAM", false, null, null, null));
        assertThat(exemplars.details(x).timeline())
                .filteredOn(t -> t.id() == fostering)
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.done()).isFalse();
                    assertThat(t.text()).isEqualTo("Tập huấn STEAM");
                });

        long deleted = count(
                "select count(*) from audit_entry where entity_type = 'EXEMPLAR_ENTRY'" + " and action = 'DELETED'");
        exemplars.deleteEntry(entry);
        assertThat(exemplars.details(x).timeline()).extracting(TimelineItem::id).containsExactly(fostering);
        assertThat(exemplars.details(x).summary().stage()).isEqualTo(ExemplarStage.BOI_DUONG);
        assertThat(count("select count(*) from audit_entry where entity_type = 'EXEMPLAR_ENTRY'"
                        + " and action = 'DELETED'"))
                .isEqualTo(deleted + 1);
        assertThatThrownBy(() -> exemplars.deleteEntry(entry)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> exemplars.updateEntry(
                        entry, EntryData.of(ExemplarStage.NHAN_RONG, LocalDate.of(2042, 4, 15), "x")))
                .isInstanceOf(NotFoundException.class);
    }
}

package vn.thidua.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.IntegrationTest;
import vn.thidua.TestLogins;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Dates;
import vn.thidua.shared.NotFoundException;

/**
 * The cascade through the services: the Sở launches a movement and issues its plan, the commune office derives its
 * implementing plan (a later milestone is refused with both dates), the school derives from it; drafts stay with
 * their unit, issued plans flow down and up; numbers are unique under concurrency and not taken on failure.
 */
@IntegrationTest
class PlanFlowIT {

    @Autowired
    TestLogins logins;

    @Autowired
    MovementService movements;

    @Autowired
    PlanService plans;

    @Autowired
    PlanExports exports;

    @Autowired
    PlanTemplateService templates;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void logout() {
        logins.logout();
    }

    static final LocalDate MIDTERM = Dates.today().plusDays(30);
    static final LocalDate FINAL = Dates.today().plusDays(200);

    long departmentPlan(String name) {
        logins.as("admin.sgd.tn", "SGD-TN");
        long movement = movements.create(new MovementData(
                name,
                MovementKind.PHASE,
                2026,
                2030,
                "Phong trào thi đua đổi mới, sáng tạo trong dạy và học",
                "100% đơn vị xây dựng kế hoạch\n20% giáo viên có sáng kiến",
                List.of(new Milestone("Sơ kết", MIDTERM, null, null), new Milestone("Tổng kết", FINAL, null, null)),
                0));
        movements.launch(movement, movements.get(movement).version());
        long plan = plans.create("2-ke-hoach-phong-trao", movement);
        PlanDetails d = plans.get(plan);
        assertThat(d.data().content().timeline())
                .extracting(Milestone::what, Milestone::latest)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Sơ kết", MIDTERM),
                        org.assertj.core.groups.Tuple.tuple("Tổng kết", FINAL));
        plans.save(plan, withSigner(d.data(), "Kế hoạch thực hiện phong trào " + name, "Giám đốc", "Phạm Văn Tâm"));
        plans.issue(plan, plans.get(plan).data().version());
        return plan;
    }

    static PlanData withSigner(PlanData d, String subject, String title, String name) {
        return d.withHeader(d.issueDate(), "Thái Nguyên", d.parentBody(), subject)
                .withSigner("", title, "", name);
    }

    static PlanData withTimeline(PlanData d, List<Milestone> timeline) {
        return d.withContent(d.content().withTimeline(timeline));
    }

    @Test
    void plansCascadeDownWithCappedMilestonesAndAreSeenOnlyOnceIssued() throws Exception {
        String name = "Đổi mới sáng tạo " + UUID.randomUUID();
        long sở = departmentPlan(name);
        String sởNumber = plans.get(sở).summary().numberText();
        assertThat(sởNumber).matches("\\d{2,}/KH-SGDĐT");
        long movement = plans.get(sở).summary().movementId();

        // the commune office is notified, finds it under "Văn bản cấp trên" and derives its own plan
        assertThat(jdbc.sql("select count(*) from notification where kind = 'PLAN_ISSUED' and link = :l"
                                + " and recipient_user_id = :u")
                        .param("l", "plans/" + sở)
                        .param("u", logins.userId("vhxh.pdp"))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        logins.as("vhxh.pdp", "XA-PDP-TN");
        assertThat(plans.upperPlans()).extracting(PlanSummary::id).contains(sở);
        long phường = plans.deriveFrom(sở);
        PlanDetails draft = plans.get(phường);
        assertThat(draft.data().content().bases().getFirst().planId()).isEqualTo(sở);
        assertThat(draft.data().content().bases().getFirst().text())
                .startsWith("Thực hiện Kế hoạch số " + sởNumber + " ngày ")
                .contains("Sở Giáo dục và Đào tạo Thái Nguyên");
        assertThat(draft.data().parentBody()).isEqualTo("Sở Giáo dục và Đào tạo Thái Nguyên");
        assertThat(draft.data().content().timeline())
                .extracting(Milestone::latest)
                .containsExactly(MIDTERM, FINAL);

        // a later milestone is refused, naming both dates — also when the client drops the cap
        PlanData late = withTimeline(
                draft.data(),
                List.of(
                        new Milestone("Sơ kết", MIDTERM.plusDays(3), "Phòng VH-XH", null),
                        new Milestone("Tổng kết", FINAL.minusDays(10), "Phòng VH-XH", FINAL)));
        assertThatThrownBy(() -> plans.save(phường, late))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    BusinessException b = (BusinessException) e;
                    assertThat(b.messageKey()).isEqualTo("plan.error.milestoneLate");
                    assertThat(b.args()).contains(Dates.format(MIDTERM.plusDays(3)), Dates.format(MIDTERM), sởNumber);
                });
        // tightening is fine
        plans.save(
                phường,
                withSigner(
                        withTimeline(
                                draft.data(),
                                List.of(
                                        new Milestone("Sơ kết", MIDTERM.minusDays(5), "Phòng VH-XH", null),
                                        new Milestone("Tổng kết", FINAL.minusDays(10), "Phòng VH-XH", null))),
                        "Thực hiện phong trào " + name,
                        "Trưởng phòng",
                        "Hà Thị Kim Oanh"));
        assertThat(plans.get(phường).data().content().timeline())
                .extracting(Milestone::latest)
                .containsExactly(MIDTERM, FINAL);

        // the Sở does not see the office's draft, nor does a school below it
        logins.as("admin.sgd.tn", "SGD-TN");
        assertThatThrownBy(() -> plans.get(phường)).isInstanceOf(NotFoundException.class);
        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        assertThat(plans.upperPlans()).extracting(PlanSummary::id).contains(sở).doesNotContain(phường);
        assertThatThrownBy(() -> plans.deriveFrom(phường)).isInstanceOf(NotFoundException.class);

        logins.as("vhxh.pdp", "XA-PDP-TN");
        PlanSummary issued = plans.issue(phường, plans.get(phường).data().version());
        assertThat(issued.numberText()).matches("\\d{2,}/KH-VHXH");
        assertThatThrownBy(() -> plans.save(phường, plans.get(phường).data()))
                .isInstanceOf(BusinessException.class)
                .hasFieldOrPropertyWithValue("messageKey", "plan.error.issuedReadOnly");

        // the school derives from the office's plan: its timeline is capped by the office's (tighter) dates
        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        assertThat(plans.upperPlans()).extracting(PlanSummary::id).contains(sở, phường);
        long school = plans.deriveFrom(phường);
        assertThat(plans.get(school).data().content().timeline())
                .extracting(Milestone::latest)
                .containsExactly(MIDTERM.minusDays(5), FINAL.minusDays(10));
        // a sibling school never sees the draft; the office sees it only once issued
        logins.as("hieutruong.thtv", "TH-TRUNGVUONG-TN");
        assertThatThrownBy(() -> plans.get(school)).isInstanceOf(NotFoundException.class);
        logins.as("vhxh.pdp", "XA-PDP-TN");
        assertThatThrownBy(() -> plans.get(school)).isInstanceOf(NotFoundException.class);
        assertThat(plans.memberBoard(phường))
                .filteredOn(m -> m.unitName().equals("Trường Mầm non Quang Trung"))
                .singleElement()
                .satisfies(m -> assertThat(m.implementingPlan()).isNull());

        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        PlanDetails sd = plans.get(school);
        plans.save(
                school, withSigner(sd.data(), "Thực hiện phong trào " + name, "Hiệu trưởng", "Nguyễn Thị Thanh Hương"));
        String schoolNumber =
                plans.issue(school, plans.get(school).data().version()).numberText();
        assertThat(schoolNumber).matches("\\d{2,}/KH-MNQT");

        logins.as("vhxh.pdp", "XA-PDP-TN");
        assertThat(plans.get(school).summary().numberText()).isEqualTo(schoolNumber);
        assertThat(plans.memberBoard(phường))
                .filteredOn(m -> m.unitName().equals("Trường Mầm non Quang Trung"))
                .singleElement()
                .satisfies(m -> assertThat(m.implementingPlan().id()).isEqualTo(school));
        assertThat(plans.memberBoard(phường))
                .filteredOn(m -> m.unitName().equals("Trường Tiểu học Trưng Vương"))
                .singleElement()
                .satisfies(m -> assertThat(m.implementingPlan()).isNull());

        // the department's lineage of the movement: Sở → phường → school
        logins.as("admin.sgd.tn", "SGD-TN");
        List<LineageNode> tree = plans.lineage(movement);
        LineageNode root =
                tree.stream().filter(n -> n.plan().id() == sở).findFirst().orElseThrow();
        assertThat(root.children()).extracting(n -> n.plan().id()).containsExactly(phường);
        assertThat(root.children().getFirst().children())
                .extracting(n -> n.plan().id())
                .containsExactly(school);

        // the school's DOCX names the office's plan in its căn cứ and carries its own number
        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(exports.docx(school)));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText())
                    .contains("Số: " + schoolNumber)
                    .contains("Thực hiện Kế hoạch số " + issued.numberText())
                    .contains("KẾ HOẠCH")
                    .contains("Nguyễn Thị Thanh Hương");
        }
        assertThat(exports.pdf(school)).startsWith("%PDF".getBytes());
        assertThat(exports.previewHtml(school)).contains(schoolNumber);

        assertThat(audits("PLAN", school)).contains("DERIVED", "UPDATED", "ISSUED");
    }

    @Test
    void issuingWithoutTitleSignerOrBodyIsRefusedAndTakesNoNumber() {
        logins.as("hieutruong.thcsnt", "THCS-NHATRANG-TN");
        long blank = plans.create(null, null);
        PlanData d = plans.get(blank).data();
        assertThatThrownBy(() -> plans.issue(blank, d.version()))
                .isInstanceOf(BusinessException.class)
                .hasFieldOrPropertyWithValue("messageKey", "plan.error.noSubject");
        plans.save(blank, withSigner(d, "Kế hoạch kiểm thử", "Hiệu trưởng", ""));
        assertThatThrownBy(() -> plans.issue(blank, plans.get(blank).data().version()))
                .isInstanceOf(BusinessException.class)
                .hasFieldOrPropertyWithValue("messageKey", "plan.error.noSigner");
        plans.save(blank, withSigner(plans.get(blank).data(), "Kế hoạch kiểm thử", "Hiệu trưởng", "Ngô Thị Thu Hà"));
        assertThatThrownBy(() -> plans.issue(blank, plans.get(blank).data().version()))
                .isInstanceOf(BusinessException.class)
                .hasFieldOrPropertyWithValue("messageKey", "plan.error.noBody");
        assertThat(plans.get(blank).summary().numberText()).isNull();

        long first = issuedFromTemplate("Kế hoạch A " + UUID.randomUUID());
        long second = issuedFromTemplate("Kế hoạch B " + UUID.randomUUID());
        int a = number(first);
        int b = number(second);
        assertThat(b).isEqualTo(a + 1);
    }

    long issuedFromTemplate(String subject) {
        long id = plans.create("1-ke-hoach-thi-dua-nam-hoc", null);
        plans.save(id, withSigner(plans.get(id).data(), subject, "Hiệu trưởng", "Ngô Thị Thu Hà"));
        plans.issue(id, plans.get(id).data().version());
        return id;
    }

    int number(long planId) {
        return jdbc.sql("select doc_number from plan_document where id = :id")
                .param("id", planId)
                .query(Integer.class)
                .single();
    }

    @Test
    void twoPeopleIssuingAtTheSameMomentNeverShareANumber() throws Exception {
        logins.as("hieutruong.thtv", "TH-TRUNGVUONG-TN");
        int parallel = 4;
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            long id = plans.create("1-ke-hoach-thi-dua-nam-hoc", null);
            plans.save(id, withSigner(plans.get(id).data(), "Kế hoạch song song " + i, "Hiệu trưởng", "Đinh Văn Quý"));
            drafts.add(id);
        }
        var auth = SecurityContextHolder.getContext().getAuthentication();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (long id : drafts) {
                long version = plans.get(id).data().version();
                calls.add(() -> {
                    var context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(auth);
                    SecurityContextHolder.setContext(context);
                    try {
                        start.await();
                        return plans.issue(id, version).numberText();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                });
            }
            List<Future<String>> futures = new ArrayList<>();
            for (Callable<String> c : calls) {
                futures.add(pool.submit(c));
            }
            start.countDown();
            List<String> numbers = new ArrayList<>();
            for (Future<String> f : futures) {
                numbers.add(f.get());
            }
            assertThat(numbers).hasSize(parallel).doesNotHaveDuplicates();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anAmendmentIsANewEditionWithItsOwnNumber() {
        logins.as("hieutruong.thcsnt", "THCS-NHATRANG-TN");
        long original = issuedFromTemplate("Kế hoạch điều chỉnh " + UUID.randomUUID());
        String originalNumber = plans.get(original).summary().numberText();
        long amendment = plans.amend(original);
        assertThatThrownBy(() -> plans.amend(original))
                .isInstanceOf(BusinessException.class)
                .hasFieldOrPropertyWithValue("messageKey", "plan.error.amendmentOpen");
        assertThat(plans.get(amendment).data().content().bases())
                .extracting(PlanBasis::text)
                .anyMatch(t -> t.startsWith("Điều chỉnh, bổ sung Kế hoạch số " + originalNumber));
        PlanSummary issued = plans.issue(amendment, plans.get(amendment).data().version());
        assertThat(issued.edition()).isEqualTo(2);
        assertThat(issued.numberText()).isNotEqualTo(originalNumber);
        assertThat(plans.get(original).summary().status()).isEqualTo(PlanStatus.AMENDED);
        assertThat(plans.get(original).summary().amendedById()).isEqualTo(amendment);
        assertThat(audits("PLAN", original)).contains("AMENDED");
    }

    @Test
    void councilPlansUseTheCouncilSeries() {
        logins.as("hieutruong.thcsnt", "THCS-NHATRANG-TN");
        long id = plans.create("1-ke-hoach-thi-dua-nam-hoc", null);
        PlanData d = withSigner(plans.get(id).data(), "Kế hoạch của Hội đồng", "Chủ tịch", "Ngô Thị Thu Hà");
        plans.save(id, d.withSeries(true, null).withSigner("TM.", "Hội đồng", "Chủ tịch", d.signerName()));
        assertThat(plans.issue(id, plans.get(id).data().version()).numberText()).matches("\\d{2,}/KH-HĐTĐKT");
    }

    @Test
    void theDraftingUnitFollowsTheIssuerInTheSymbol() {
        logins.as("hieutruong.thcsnt", "THCS-NHATRANG-TN");
        long id = plans.create("1-ke-hoach-thi-dua-nam-hoc", null);
        PlanData d = withSigner(plans.get(id).data(), "Kế hoạch của tổ", "Hiệu trưởng", "Ngô Thị Thu Hà");
        assertThatThrownBy(() -> plans.save(id, drafting(d, "T Đ")))
                .isInstanceOf(BusinessException.class)
                .hasFieldOrPropertyWithValue("messageKey", "plan.error.draftingUnit");
        plans.save(
                id,
                withTimeline(
                        drafting(d, "TĐ"),
                        List.of(new Milestone(
                                "Tổng kết", Dates.today().plusDays(10), "BGH", null, "Tháng 5 hằng năm"))));
        assertThat(plans.issue(id, plans.get(id).data().version()).numberText()).matches("\\d{2,}/KH-THCSNT-TĐ");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(exports.docx(id)))) {
            assertThat(doc.getTables())
                    .anySatisfy(
                            t -> assertThat(t.getText()).contains("Tổng kết").contains("Tháng 5 hằng năm"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static PlanData drafting(PlanData d, String unit) {
        return d.withSeries(d.council(), unit);
    }

    @Test
    void aUnitKeepsItsOwnTemplates() {
        logins.as("hieutruong.thcsnt", "THCS-NHATRANG-TN");
        long id = plans.create("3-ke-hoach-dien-hinh-tien-tien", null);
        String name = "Mẫu điển hình " + UUID.randomUUID();
        PlanTemplateSummary saved = templates.saveFromPlan(id, name);
        assertThat(templates.list()).extracting(PlanTemplateSummary::name).contains(name);
        long fromOwn = plans.create(saved.key(), null);
        assertThat(plans.get(fromOwn).data().content().annexes())
                .extracting(PlanAnnex::title)
                .containsExactly("DANH SÁCH ĐĂNG KÝ XÂY DỰNG ĐIỂN HÌNH TIÊN TIẾN");
        logins.as("hieutruong.thtv", "TH-TRUNGVUONG-TN");
        assertThat(templates.list()).extracting(PlanTemplateSummary::name).doesNotContain(name);
        assertThatThrownBy(() -> plans.create(saved.key(), null)).isInstanceOf(NotFoundException.class);
    }

    List<String> audits(String type, long id) {
        return jdbc.sql("select action from audit_entry where entity_type = :t and entity_id = :id")
                .param("t", type)
                .param("id", String.valueOf(id))
                .query(String.class)
                .list();
    }
}

package vn.thidua.demo;

import static vn.thidua.identity.Role.COUNCIL_MEMBER;
import static vn.thidua.identity.Role.STAFF;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.council.AttendeeSummary;
import vn.thidua.council.BallotMode;
import vn.thidua.council.CandidateData;
import vn.thidua.council.CandidateSummary;
import vn.thidua.council.Choice;
import vn.thidua.council.CouncilRole;
import vn.thidua.council.CouncilService;
import vn.thidua.council.SessionData;
import vn.thidua.identity.MemberSummary;
import vn.thidua.identity.UserAdminService;
import vn.thidua.identity.UserProvisioning;
import vn.thidua.identity.UserProvisioning.Provision;
import vn.thidua.nomination.DossierSummary;
import vn.thidua.nomination.NominationService;
import vn.thidua.shared.Dates;
import vn.thidua.tenancy.OrgUnitService;

/**
 * The council of Trường Mầm non Quang Trung (7 members) through the real services: a session of 25/11/2026 that
 * reviewed the Giấy khen of the "Trường học hạnh phúc" movement (semester I, 2026-2027) from the school's draft
 * dossier, voted online, closed, its minutes attached to that dossier; and today's session for the semester's review
 * still voting — three members have voted, the principal (chair) has not, so {@code hieutruong.mnqt} sees both states.
 */
final class DemoCouncil {

    private static final Logger log = LoggerFactory.getLogger(DemoCouncil.class);
    private static final String SCHOOL = "MN-QUANGTRUNG-TN";

    /** username, name, position, council role; the principal and the secretary are demo users already. */
    private static final String[][] COUNCIL = {
        {"hieutruong.mnqt", null, null, "CHAIR"},
        {"ctcd.mnqt", "Phạm Thị Thu Hằng", "Chủ tịch Công đoàn", "VICE_CHAIR"},
        {"thuky.mnqt", null, null, "SECRETARY"},
        {"bithu.mnqt", "Hà Thị Minh Thư", "Bí thư Chi đoàn", "MEMBER"},
        {"totruong.mgb.mnqt", "Lục Thị Quyên", "Tổ trưởng tổ Mẫu giáo bé", "MEMBER"},
        {"totruong.nt.mnqt", "Chu Thị Nga", "Tổ trưởng tổ Nhà trẻ", "MEMBER"},
        {"totruong.vp.mnqt", "Mã Thị Lương", "Tổ trưởng tổ Văn phòng", "MEMBER"}
    };

    private final ApplicationContext context;
    private final CouncilService council;

    DemoCouncil(ApplicationContext context) {
        this.context = context;
        this.council = context.getBean(CouncilService.class);
    }

    void seed() {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        if (jdbc.sql("select count(*) from council_session").query(Long.class).single() > 0) {
            return;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            context.getBean(UserProvisioning.class)
                    .ensureAll(java.util.Arrays.stream(COUNCIL)
                            .filter(c -> c[1] != null)
                            .map(c -> new Provision(
                                    c[0],
                                    c[1],
                                    c[0] + "@demo.thidua.example.vn",
                                    SCHOOL,
                                    Set.of(COUNCIL_MEMBER, STAFF),
                                    c[2],
                                    DemoData.PASSWORD))
                            .toList());
            as("hieutruong.mnqt");
            long unit = unitId();
            UserAdminService users = context.getBean(UserAdminService.class);
            for (String[] c : COUNCIL) {
                MemberSummary m = users.members(unit, c[0], 0, 5).stream()
                        .filter(x -> x.username().equals(c[0]))
                        .findFirst()
                        .orElseThrow();
                council.addMember(m.membershipId(), CouncilRole.valueOf(c[3]));
            }
            closedSession();
            votingSession();
            log.info("Demo council seeded: MN Quang Trung, 7 members, one closed and one voting session");
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** 25/11/2026: Giấy khen of the "Trường học hạnh phúc" movement, from the school's draft dossier; closed. */
    private void closedSession() {
        as("thuky.mnqt");
        long session = council.openSession(new SessionData(
                LocalDate.of(2026, 11, 25),
                "14 giờ 00",
                "Phòng họp Hội đồng sư phạm, Trường Mầm non Quang Trung",
                "Phan Đình Phùng",
                "2026-2027",
                "Bình xét đề nghị Giấy khen phong trào \"Trường học hạnh phúc\" học kỳ I năm học 2026-2027 theo"
                        + " đề nghị của các tổ chuyên môn.",
                BallotMode.ONLINE));
        DossierSummary dossier = context.getBean(NominationService.class).dossiers().stream()
                .filter(d -> d.editable() && d.title().contains("Trường học hạnh phúc"))
                .findFirst()
                .orElseThrow();
        council.importNominees(session, dossier.id());
        council.addCandidate(
                session, new CandidateData("Nông Thị Phương", "GIAY_KHEN_CN", "Đề xuất tại cuộc họp (ý kiến góp ý)"));
        present(session, "totruong.vp.mnqt");
        council.startVoting(session);
        // Thảo, Yến, Phương in the order of the list
        vote(session, "hieutruong.mnqt", Choice.YES, Choice.YES, Choice.NO);
        vote(session, "ctcd.mnqt", Choice.YES, Choice.YES, Choice.YES);
        vote(session, "thuky.mnqt", Choice.YES, Choice.NO, Choice.NO);
        vote(session, "bithu.mnqt", Choice.YES, Choice.YES, Choice.ABSTAIN);
        vote(session, "totruong.mgb.mnqt", Choice.YES, Choice.NO, Choice.YES);
        vote(session, "totruong.nt.mnqt", Choice.YES, Choice.YES, Choice.NO);
        as("thuky.mnqt");
        council.close(session);
    }

    /** Today: the semester's review, voting online; three members have voted, the chair has not. */
    private void votingSession() {
        as("thuky.mnqt");
        long session = council.openSession(new SessionData(
                Dates.today(),
                "15 giờ 30",
                "Phòng họp Hội đồng sư phạm, Trường Mầm non Quang Trung",
                "Phan Đình Phùng",
                "2026-2027",
                "Sơ kết thi đua học kỳ I năm học 2026-2027: bình xét Giấy khen cho tập thể và cá nhân tiêu biểu.",
                BallotMode.ONLINE));
        council.addCandidate(
                session,
                new CandidateData("Tổ chuyên môn khối Mẫu giáo lớn", "GIAY_KHEN_TT", "Tổ trưởng Trần Thị Hoa"));
        council.addCandidate(
                session, new CandidateData("Lê Thị Hồng Nhung", "GIAY_KHEN_CN", "Tổ chuyên môn khối Mẫu giáo lớn"));
        council.addCandidate(
                session, new CandidateData("Vũ Thị Ngân", "GIAY_KHEN_CN", "Tổ chuyên môn khối Mẫu giáo nhỡ"));
        present(session, "totruong.nt.mnqt");
        council.startVoting(session);
        vote(session, "thuky.mnqt", Choice.YES, Choice.YES, Choice.YES);
        vote(session, "ctcd.mnqt", Choice.YES, Choice.YES, Choice.NO);
        vote(session, "totruong.mgb.mnqt", Choice.YES, Choice.ABSTAIN, Choice.YES);
        as("thuky.mnqt");
    }

    /** Marks everyone present except {@code absent}. */
    private void present(long session, String absent) {
        long absentId = userId(absent);
        for (AttendeeSummary a : council.details(session).attendees()) {
            council.setPresent(session, a.id(), a.userId() != absentId);
        }
    }

    private void vote(long session, String username, Choice... choices) {
        as("thuky.mnqt");
        List<CandidateSummary> list = council.details(session).candidates();
        Map<Long, Choice> ballot = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            ballot.put(list.get(i).id(), choices[i]);
        }
        as(username);
        council.vote(session, ballot);
    }

    private long unitId() {
        return context.getBean(OrgUnitService.class)
                .findByCode(SCHOOL)
                .orElseThrow()
                .id();
    }

    private long userId(String username) {
        return DemoLogins.userId(context, username);
    }

    private void as(String username) {
        DemoLogins.as(context, userId(username), unitId());
    }
}

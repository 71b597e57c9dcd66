package vn.thidua.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.IntegrationTest;
import vn.thidua.TestLogins;
import vn.thidua.identity.MemberSummary;
import vn.thidua.identity.Role;
import vn.thidua.identity.UserAdminService;
import vn.thidua.identity.UserProvisioning;
import vn.thidua.nomination.ChecklistLine;
import vn.thidua.nomination.NominationService;
import vn.thidua.nomination.NomineeData;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Dates;
import vn.thidua.submission.RoundData;
import vn.thidua.submission.RoundService;

/**
 * The council session through the services, at Trường Tiểu học Trưng Vương with a council made fresh for each test:
 * quorum from the rule set in force, a secret ballot online (once per present member; only tallies and a has-voted
 * marker kept) or tallies from paper, results checked against hand calculations of the current rules (½ of those
 * present by default, 90 % of all members for Chiến sĩ thi đua toàn quốc), the minutes read back and attached to the
 * nomination dossier.
 */
@IntegrationTest
class CouncilFlowIT {

    static final String SCHOOL = "TH-TRUNGVUONG-TN";
    static final String HEAD = "hieutruong.thtv";

    @Autowired
    TestLogins logins;

    @Autowired
    CouncilService council;

    @Autowired
    UserAdminService users;

    @Autowired
    UserProvisioning provisioning;

    @Autowired
    NominationService nominations;

    @Autowired
    RoundService rounds;

    @Autowired
    JdbcClient jdbc;

    /** The usernames of the fresh council, chair first, secretary second. */
    List<String> people;

    @BeforeEach
    void head() {
        logins.as(HEAD, SCHOOL);
    }

    @AfterEach
    void logout() {
        logins.logout();
    }

    /** Replaces the school's council by {@code size} new people with the council member role. */
    void freshCouncil(int size) {
        logins.as(HEAD, SCHOOL);
        council.members().forEach(m -> council.removeMember(m.id()));
        long unit = logins.unitId(SCHOOL);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        people = new ArrayList<>();
        List<UserProvisioning.Provision> provisions = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String username = "hd" + i + "." + tag;
            provisions.add(new UserProvisioning.Provision(
                    username,
                    "Thành viên " + i + " " + tag,
                    username + "@test.thidua.example.vn",
                    SCHOOL,
                    Set.of(Role.COUNCIL_MEMBER, Role.STAFF),
                    "Ủy viên",
                    "hoidong1234"));
            people.add(username);
        }
        provisioning.ensureAll(provisions);
        logins.as(HEAD, SCHOOL);
        for (int i = 0; i < size; i++) {
            MemberSummary m = users.members(unit, people.get(i), 0, 5).getFirst();
            council.addMember(
                    m.membershipId(), i == 0 ? CouncilRole.CHAIR : i == 1 ? CouncilRole.SECRETARY : CouncilRole.MEMBER);
        }
    }

    long openSession(BallotMode mode) {
        return council.openSession(new SessionData(
                Dates.today(),
                "14 giờ 00",
                "Phòng họp Hội đồng sư phạm",
                "Phan Đình Phùng",
                "2025-2026",
                "Bình xét danh hiệu thi đua và hình thức khen thưởng năm học 2025-2026.",
                mode));
    }

    void markPresent(long session, int count) {
        List<AttendeeSummary> called = council.details(session).attendees();
        for (int i = 0; i < called.size(); i++) {
            council.setPresent(session, called.get(i).id(), i < count);
        }
    }

    Map<Long, Choice> ballot(long session, Choice... choices) {
        List<CandidateSummary> list = council.details(session).candidates();
        Map<Long, Choice> ballot = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            ballot.put(list.get(i).id(), choices[i]);
        }
        return ballot;
    }

    /** Fills a ballot (candidates read as the head), then casts it as council member {@code person}. */
    void voteAs(int person, long session, Choice... choices) {
        Map<Long, Choice> ballot = ballotAs(person, session, choices);
        try {
            council.vote(session, ballot);
        } finally {
            logins.as(HEAD, SCHOOL);
        }
    }

    /** A ballot filled while the head is logged in; returns logged in as council member {@code person}. */
    Map<Long, Choice> ballotAs(int person, long session, Choice... choices) {
        Map<Long, Choice> ballot = ballot(session, choices);
        logins.as(people.get(person), SCHOOL);
        return ballot;
    }

    static String key(Throwable t) {
        return ((BusinessException) t).messageKey();
    }

    CandidateSummary candidate(SessionDetails d, String name) {
        return d.candidates().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aSessionVotesOnlyWithTheQuorumOfTheRuleSetInForce() {
        freshCouncil(7);
        long session = openSession(BallotMode.ONLINE);
        council.addCandidate(session, new CandidateData("Triệu Thị Bích", "LDTT", "Tổ 3"));
        markPresent(session, 4);
        SessionDetails d = council.details(session);
        assertThat(d.quorumShare()).isEqualTo("2/3");
        assertThat(d.quorumNeeded()).isEqualTo(5); // ⌈7 × 2/3⌉
        assertThat(d.quorumReached()).isFalse();
        assertThat(d.ruleSetName()).isNotBlank();
        assertThatThrownBy(() -> council.startVoting(session))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(key(e)).isEqualTo("council.error.noQuorum"));
        assertThat(council.details(session).summary().status()).isEqualTo(SessionStatus.PREPARING);
        markPresent(session, 5);
        council.startVoting(session);
        assertThat(council.details(session).summary().status()).isEqualTo(SessionStatus.VOTING);
        // attendance is frozen once voting started
        long absent = council.details(session).attendees().get(6).id();
        assertThatThrownBy(() -> council.setPresent(session, absent, true))
                .satisfies(e -> assertThat(key(e)).isEqualTo("council.error.votingStarted"));
    }

    @Test
    void eachPresentMemberVotesOnceInSecretAndTheResultFollowsHalfOfThosePresent() {
        freshCouncil(7);
        long session = openSession(BallotMode.ONLINE);
        council.addCandidate(session, new CandidateData("Triệu Thị Bích", "LDTT", "Tổ 3"));
        council.addCandidate(session, new CandidateData("Đinh Văn Quý", "LDTT", "Ban giám hiệu"));
        council.addCandidate(session, new CandidateData("Tổ chuyên môn khối 3", "GIAY_KHEN_TT", null));
        markPresent(session, 6); // member 6 is absent
        assertThatThrownBy(() -> voteAs(0, session, Choice.YES, Choice.YES, Choice.YES))
                .satisfies(e -> assertThat(key(e)).isEqualTo("council.error.notVoting"));
        council.startVoting(session);
        // hand calculation, default rule ≥ 1/2 of the 6 present: 3 yes passes, 2 does not
        voteAs(0, session, Choice.YES, Choice.YES, Choice.YES);
        voteAs(1, session, Choice.YES, Choice.YES, Choice.NO);
        voteAs(2, session, Choice.YES, Choice.NO, Choice.NO);
        voteAs(3, session, Choice.NO, Choice.NO, Choice.ABSTAIN);
        voteAs(4, session, Choice.NO, Choice.NO, Choice.NO);
        // a second ballot by the same member changes nothing
        assertThatThrownBy(() -> voteAs(0, session, Choice.YES, Choice.YES, Choice.YES))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(key(e)).isEqualTo("council.error.alreadyVoted"));
        // the absent member, and a unit member with the right to vote who is not on this council, are refused
        assertThatThrownBy(() -> voteAs(6, session, Choice.YES, Choice.YES, Choice.YES))
                .satisfies(e -> assertThat(key(e)).isEqualTo("council.error.absent"));
        Map<Long, Choice> headsBallot = ballot(session, Choice.YES, Choice.YES, Choice.YES);
        assertThatThrownBy(() -> council.vote(session, headsBallot))
                .satisfies(e -> assertThat(key(e)).isEqualTo("council.error.notMember"));
        // an incomplete ballot is refused and marks nothing
        Map<Long, Choice> partial = ballotAs(5, session, Choice.YES, Choice.YES, Choice.YES);
        partial.remove(partial.keySet().iterator().next());
        assertThatThrownBy(() -> council.vote(session, partial))
                .satisfies(e -> assertThat(key(e)).isEqualTo("council.error.incompleteBallot"));
        logins.as(HEAD, SCHOOL);
        // paper tallies are not for an online session
        assertThatThrownBy(() -> council.enterTallies(session, List.of()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("council.error.onlineMode"));
        SessionDetails voting = council.details(session);
        assertThat(voting.summary().ballotsCast()).isEqualTo(5);
        assertThat(voting.attendees()).filteredOn(AttendeeSummary::voted).hasSize(5);
        assertThat(candidate(voting, "Triệu Thị Bích").yes()).isEqualTo(3);

        SessionDetails closed = council.close(session);
        CandidateSummary bich = candidate(closed, "Triệu Thị Bích");
        CandidateSummary quy = candidate(closed, "Đinh Văn Quý");
        CandidateSummary to3 = candidate(closed, "Tổ chuyên môn khối 3");
        assertThat(List.of(bich.yes(), bich.no(), bich.other())).containsExactly(3, 2, 0);
        assertThat(List.of(quy.yes(), quy.no(), quy.other())).containsExactly(2, 3, 0);
        assertThat(List.of(to3.yes(), to3.no(), to3.other())).containsExactly(1, 3, 1);
        assertThat(bich.basisCount()).isEqualTo(6);
        assertThat(bich.needed()).isEqualTo(3);
        assertThat(bich.passed()).isTrue();
        assertThat(quy.passed()).isFalse();
        assertThat(to3.passed()).isFalse();
        assertThat(bich.ruleWords()).contains("1/2").contains("có mặt");
        assertThat(closed.passed()).extracting(CandidateSummary::name).containsExactly("Triệu Thị Bích");

        // after closing: the late voter is refused and nothing moves
        assertThatThrownBy(() -> voteAs(5, session, Choice.YES, Choice.YES, Choice.YES))
                .satisfies(e -> assertThat(key(e)).isEqualTo("council.error.closed"));
        assertThatThrownBy(() -> council.close(session))
                .satisfies(e -> assertThat(key(e)).isEqualTo("council.error.closed"));
        SessionDetails after = council.details(session);
        assertThat(candidate(after, "Triệu Thị Bích").yes()).isEqualTo(3);
        assertThat(after.summary().ballotsCast()).isEqualTo(5);
        assertThat(after.attendees()).filteredOn(AttendeeSummary::voted).hasSize(5);
    }

    @Test
    void onlyTalliesAreStoredNeverWhoVotedWhat() {
        Map<String, List<String>> columns = new HashMap<>();
        jdbc.sql("select lower(table_name), lower(column_name) from information_schema.columns"
                        + " where lower(table_name) like 'council%'")
                .query((rs, i) -> columns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        assertThat(columns.keySet())
                .containsExactlyInAnyOrder(
                        "council_member", "council_session", "council_attendee", "council_candidate");
        // the tables that name people hold no candidate and no choice ...
        for (String peopleTable : List.of("council_member", "council_attendee")) {
            assertThat(columns.get(peopleTable))
                    .noneMatch(c -> c.contains("candidate")
                            || c.contains("choice")
                            || c.contains("yes")
                            || c.startsWith("no_")
                            || c.contains("vote_for"));
        }
        assertThat(columns.get("council_attendee")).contains("has_voted");
        // ... and the table of tallies names no person
        assertThat(columns.get("council_candidate"))
                .contains("yes_count", "no_count", "other_count")
                .noneMatch(c ->
                        c.contains("user") || c.contains("attendee") || c.contains("member") || c.contains("voter"));
        // the session holds counts only
        assertThat(columns.get("council_session")).noneMatch(c -> c.contains("user") || c.contains("candidate"));
        // and the entities likewise: no field of the attendee points at a candidate or a choice
        assertThat(java.util.Arrays.stream(vn.thidua.council.domain.CouncilAttendee.class.getDeclaredFields())
                        .map(f -> f.getType()))
                .doesNotContain((Class) vn.thidua.council.domain.CouncilCandidate.class, (Class) Choice.class);
    }

    @Test
    void paperTalliesAreCheckedAgainstThosePresentAndNinetyPercentOfAllMembersIsCountedOnAllMembers() {
        freshCouncil(10);
        long session = openSession(BallotMode.PAPER);
        council.addCandidate(session, new CandidateData("Nguyễn Văn An", "CSTD_TOAN_QUOC", null));
        council.addCandidate(session, new CandidateData("Lê Thị Bình", "CSTD_TOAN_QUOC", null));
        council.addCandidate(session, new CandidateData("Phạm Thị Chi", "LDTT", null));
        council.addCandidate(session, new CandidateData("Hà Văn Dũng", "LDTT", null));
        markPresent(session, 9);
        council.startVoting(session);
        List<CandidateSummary> list = council.details(session).candidates();
        long an = list.get(0).id();
        long binh = list.get(1).id();
        long chi = list.get(2).id();
        long dung = list.get(3).id();
        // 6 + 3 + 1 = 10 ballots for 9 present: refused, nothing written (the first, valid line neither)
        assertThatThrownBy(
                        () -> council.enterTallies(session, List.of(new Tally(chi, 5, 4, 0), new Tally(an, 6, 3, 1))))
                .satisfies(e -> assertThat(key(e)).isEqualTo("council.error.tallyOverPresent"));
        assertThat(council.details(session).candidates()).allMatch(c -> c.yes() + c.no() + c.other() == 0);
        assertThatThrownBy(() -> council.enterTallies(session, List.of(new Tally(an, -1, 0, 0))))
                .satisfies(e -> assertThat(key(e)).isEqualTo("council.error.negativeTally"));
        // an online ballot is not for a paper session
        Map<Long, Choice> online = ballotAs(0, session, Choice.YES, Choice.YES, Choice.YES, Choice.YES);
        assertThatThrownBy(() -> council.vote(session, online))
                .satisfies(e -> assertThat(key(e)).isEqualTo("council.error.paperMode"));
        logins.as(HEAD, SCHOOL);
        council.enterTallies(
                session,
                List.of(
                        new Tally(an, 9, 0, 0), // 9 of 10 members = 90 %: passes
                        new Tally(binh, 8, 1, 0), // 8 of 10 = 80 % (though 8 of 9 present): fails
                        new Tally(chi, 5, 4, 0), // 5 of 9 present ≥ 1/2: passes
                        new Tally(dung, 4, 5, 0))); // 4 of 9 < 1/2: fails
        SessionDetails closed = council.close(session);
        assertThat(candidate(closed, "Nguyễn Văn An").basisCount()).isEqualTo(10);
        assertThat(candidate(closed, "Nguyễn Văn An").needed()).isEqualTo(9);
        assertThat(candidate(closed, "Nguyễn Văn An").ruleWords())
                .contains("90%")
                .contains("tổng số");
        assertThat(closed.candidates())
                .extracting(CandidateSummary::name, CandidateSummary::passed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Nguyễn Văn An", true),
                        org.assertj.core.groups.Tuple.tuple("Lê Thị Bình", false),
                        org.assertj.core.groups.Tuple.tuple("Phạm Thị Chi", true),
                        org.assertj.core.groups.Tuple.tuple("Hà Văn Dũng", false));
        assertThat(candidate(closed, "Phạm Thị Chi").basisCount()).isEqualTo(9);
        // frozen: tallies can no longer be entered
        assertThatThrownBy(() -> council.enterTallies(session, List.of(new Tally(binh, 9, 0, 0))))
                .satisfies(e -> assertThat(key(e)).isEqualTo("council.error.closed"));
    }

    @Test
    void theMinutesListTheTalliesAndAreAttachedToTheDossierFromWhichTheCandidatesCame() throws Exception {
        freshCouncil(7);
        logins.as("vhxh.pdp", "XA-PDP-TN");
        long round = rounds.open(new RoundData(
                        "Xét Lao động tiên tiến (kiểm thử hội đồng) " + UUID.randomUUID(),
                        "2025-2026",
                        Dates.today().plusDays(20),
                        Set.of("LDTT", "GIAY_KHEN_CN"),
                        "Kèm biên bản họp Hội đồng TĐKT.",
                        0))
                .id();
        logins.as(HEAD, SCHOOL);
        long dossier = nominations.openDossier(round);
        nominations.addNominee(dossier, nominee("LDTT", "Triệu Thị Bích"));
        nominations.addNominee(dossier, nominee("GIAY_KHEN_CN", "Hồ Thị Cúc"));
        assertThat(nominations.details(dossier).checklist())
                .filteredOn(l -> l.messageKey().equals("nomination.check.minutes"))
                .singleElement()
                .extracting(ChecklistLine::ok)
                .isEqualTo(false);

        long session = openSession(BallotMode.PAPER);
        assertThat(council.importableDossiers()).extracting(d -> d.id()).contains(dossier);
        assertThat(council.importNominees(session, dossier)).isEqualTo(2);
        assertThat(council.importNominees(session, dossier)).as("imported once").isZero();
        List<CandidateSummary> list = council.details(session).candidates();
        assertThat(list).extracting(CandidateSummary::name).containsExactly("Triệu Thị Bích", "Hồ Thị Cúc");
        assertThat(list).allMatch(c -> c.nomineeId() != null && c.ruleWords().contains("1/2"));
        assertThatThrownBy(() -> council.minutesDocx(session))
                .satisfies(e -> assertThat(key(e)).isEqualTo("council.error.notClosed"));
        markPresent(session, 6);
        council.startVoting(session);
        council.enterTallies(
                session,
                List.of(
                        new Tally(list.get(0).id(), 6, 0, 0),
                        new Tally(list.get(1).id(), 2, 3, 1)));
        council.close(session);

        SessionDetails closed = council.details(session);
        assertThat(closed.summary().minutesAttached()).isTrue();
        var details = nominations.details(dossier);
        assertThat(details.minutesFileName()).isEqualTo(CouncilService.minutesFileName(session));
        assertThat(details.checklist())
                .filteredOn(l -> l.messageKey().equals("nomination.check.minutes"))
                .singleElement()
                .extracting(ChecklistLine::ok)
                .isEqualTo(true);

        String text;
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(council.minutesDocx(session)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            text = extractor.getText();
        }
        assertThat(closed.summary().minutesNumber()).isPositive();
        assertThat(text)
                .contains("Số: %02d/BB-HĐTĐKT".formatted(closed.summary().minutesNumber()))
                .contains("BIÊN BẢN")
                .contains("HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG")
                .contains("có mặt 6/7 thành viên")
                .contains("tỷ lệ tối thiểu 2/3")
                .contains(closed.ruleSetName())
                .contains("Triệu Thị Bích")
                .contains("6/6 (100,0%)")
                .contains("2/6 (33,3%)")
                .contains("Không đạt")
                .contains("1. Triệu Thị Bích – Lao động tiên tiến")
                .contains("THƯ KÝ")
                .contains(closed.chairName())
                .contains(closed.secretaryName());
        assertThat(text).contains("Thời gian: 14 giờ 00").contains("Phòng họp Hội đồng sư phạm");
    }

    NomineeData nominee(String code, String name) {
        return new NomineeData(
                "INDIVIDUAL",
                code,
                name,
                "Giáo viên",
                "Trường Tiểu học Trưng Vương",
                10,
                "Hoàn thành xuất sắc nhiệm vụ năm học 2025-2026, có nhiều học sinh tiến bộ rõ rệt trong năm học.",
                null,
                null,
                null,
                "Báo cáo thành tích năm học 2025-2026: thực hiện tốt chương trình, được đồng nghiệp và cha mẹ học"
                        + " sinh tín nhiệm; không vi phạm quy định của ngành.",
                null,
                0);
    }
}

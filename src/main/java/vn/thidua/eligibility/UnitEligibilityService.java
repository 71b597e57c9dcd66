package vn.thidua.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.award.AwardRecordSummary;
import vn.thidua.award.DecisionService;
import vn.thidua.catalogue.AwardKind;
import vn.thidua.catalogue.AwardTypeSummary;
import vn.thidua.catalogue.CatalogueService;
import vn.thidua.catalogue.Subject;
import vn.thidua.criteria.ScoreSheetService;
import vn.thidua.criteria.ScoringService;
import vn.thidua.criteria.YearResult;
import vn.thidua.eligibility.domain.PersonYearFacts;
import vn.thidua.eligibility.domain.PersonYearFactsRepository;
import vn.thidua.identity.CurrentUser;
import vn.thidua.identity.MemberSummary;
import vn.thidua.identity.PortalPrincipal;
import vn.thidua.identity.Role;
import vn.thidua.identity.UserAdminService;
import vn.thidua.nomination.DossierSummary;
import vn.thidua.nomination.NominationService;
import vn.thidua.nomination.NomineeData;
import vn.thidua.registration.RegistrationService;
import vn.thidua.shared.AuditEvent;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Changes;
import vn.thidua.shared.NotFoundException;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.OrgUnitSummary;

/**
 * The active unit's people and the unit itself judged for the titles of a school year from what the portal records:
 * the yearly score of the unit's score sheets (rated by the scale of the rules in force), the titles registered, the
 * award history, and the initiative, discipline and months of service the officer records here. The quotas of the
 * rules in force are checked over the whole unit.
 */
@Service
@Transactional(readOnly = true)
public class UnitEligibilityService {

    private final EligibilityService eligibility;
    private final PersonYearFactsRepository facts;
    private final UserAdminService users;
    private final DecisionService decisions;
    private final ScoringService scoring;
    private final ScoreSheetService sheets;
    private final RegistrationService registrations;
    private final CatalogueService catalogue;
    private final OrgUnitService orgUnits;
    private final ApplicationEventPublisher events;
    private final NominationService nominations;

    UnitEligibilityService(
            EligibilityService eligibility,
            PersonYearFactsRepository facts,
            UserAdminService users,
            DecisionService decisions,
            ScoringService scoring,
            ScoreSheetService sheets,
            RegistrationService registrations,
            CatalogueService catalogue,
            OrgUnitService orgUnits,
            ApplicationEventPublisher events,
            NominationService nominations) {
        this.eligibility = eligibility;
        this.facts = facts;
        this.users = users;
        this.decisions = decisions;
        this.scoring = scoring;
        this.sheets = sheets;
        this.registrations = registrations;
        this.catalogue = catalogue;
        this.orgUnits = orgUnits;
        this.events = events;
        this.nominations = nominations;
    }

    /** A title judged, with each condition in words. */
    public record Judged(String title, String titleName, boolean eligible, List<String> explanations, String ruleSet) {}

    /** What the officer records about a person for the year. */
    public record Facts(
            InitiativeLevel initiative, String initiativeTitle, Discipline discipline, int monthsOfService) {
        public Facts {
            discipline = discipline == null ? Discipline.NONE : discipline;
            initiativeTitle = initiativeTitle == null || initiativeTitle.isBlank() ? null : initiativeTitle.strip();
        }
    }

    /**
     * One person of the unit: the year score (on the sheet's maximum and on 100) and its band, the rating it gives by
     * the scale in force (null without a score, or when the rules in force rate no scores), the titles registered and
     * held, the recorded facts, and the titles judged.
     */
    public record PersonRow(
            long userId,
            String name,
            String position,
            boolean head,
            BigDecimal score,
            BigDecimal maxPoints,
            BigDecimal scoreOn100,
            String band,
            boolean scoresConfirmed,
            Rating rating,
            List<String> registered,
            Facts facts,
            List<Judged> judged) {

        public boolean eligibleFor(String title) {
            return judged.stream().anyMatch(j -> j.title().equals(title) && j.eligible());
        }
    }

    /** The whole unit for a year: people, the unit's collective titles, the quotas, and where the rating came from. */
    public record Board(
            String schoolYear,
            LocalDate date,
            String unitName,
            Rating unitRating,
            String ratingScale,
            List<PersonRow> people,
            List<Judged> unit,
            List<String> quotas,
            boolean quotasMet) {}

    /**
     * Judges the active unit's people for {@code schoolYear} under the rules in force on {@code date}; the unit's own
     * rating for the year ({@code unitRating}, null if not rated yet) is given by the caller.
     */
    @PreAuthorize("hasRole('AWARD_VIEW') and hasRole('USER_VIEW')")
    public Board board(String schoolYear, Rating unitRating, LocalDate date, Locale locale) {
        SchoolYears.start(schoolYear);
        PortalPrincipal me = CurrentUser.require();
        OrgUnitSummary unit = orgUnits.get(me.activeUnitId());
        RuleBook book = eligibility.ruleBook();
        Optional<RuleSet> scale = book.ratingScale(date, unit.provinceCode(), unit.code());

        Map<Long, YearResult> results = new HashMap<>();
        Map<Long, BigDecimal> maxima = new HashMap<>();
        for (YearResult r : scoring.yearResults(schoolYear)) {
            if (results.putIfAbsent(r.userId(), r) == null) {
                maxima.computeIfAbsent(r.sheetId(), id -> sheets.get(id).maxPoints());
            }
        }
        Map<Long, Set<String>> registered = registrations.registeredTitles(schoolYear);
        Map<Long, Map<String, Set<String>>> held = titlesByYear(decisions.awardsOfMembers());
        Map<Long, PersonYearFacts> recorded = new HashMap<>();
        facts.findBySchoolYear(schoolYear).forEach(f -> recorded.put(f.getUserId(), f));

        List<MemberSummary> members = staff(me.activeUnitId());
        List<UnitJudgement.Person> people = new ArrayList<>();
        Map<Long, Rating> ratings = new HashMap<>();
        for (MemberSummary m : members) {
            YearResult r = results.get(m.userId());
            Rating rating = null;
            if (r != null && scale.isPresent()) {
                rating = scale.get()
                        .rate(on100(r.total(), maxima.get(r.sheetId())).doubleValue());
            }
            ratings.put(m.userId(), rating);
            Facts f = facts(recorded.get(m.userId()));
            people.add(new UnitJudgement.Person(
                    m.userId(),
                    m.displayName(),
                    m.roles().contains(Role.UNIT_HEAD),
                    rating,
                    held.getOrDefault(m.userId(), Map.of()),
                    registered.getOrDefault(m.userId(), Set.of()),
                    f.initiative(),
                    f.discipline(),
                    f.monthsOfService()));
        }
        Set<String> unitRegistered =
                registrations.registeredCollectiveTitles(schoolYear).getOrDefault(unit.name(), Set.of());
        var result = UnitJudgement.judge(
                book,
                people,
                new UnitJudgement.Unit(unit.name(), unitRating, Map.of(), unitRegistered),
                titles(date, Subject.INDIVIDUAL),
                titles(date, Subject.COLLECTIVE),
                schoolYear,
                date,
                unit.provinceCode(),
                unit.code());

        List<PersonRow> rows = new ArrayList<>();
        for (MemberSummary m : members) {
            YearResult r = results.get(m.userId());
            BigDecimal max = r == null ? null : maxima.get(r.sheetId());
            rows.add(new PersonRow(
                    m.userId(),
                    m.displayName(),
                    m.position(),
                    m.roles().contains(Role.UNIT_HEAD),
                    r == null ? null : r.total(),
                    max,
                    r == null ? null : on100(r.total(), max),
                    r == null ? null : r.band(),
                    r != null && r.allConfirmed(),
                    ratings.get(m.userId()),
                    registered.getOrDefault(m.userId(), Set.of()).stream()
                            .sorted()
                            .map(code -> eligibility.titleName(code, locale))
                            .toList(),
                    facts(recorded.get(m.userId())),
                    judged(result.people().getOrDefault(m.userId(), List.of()), locale)));
        }
        return new Board(
                schoolYear,
                date,
                unit.name(),
                unitRating,
                scale.map(s -> s.name() + " — " + s.legalBasis()).orElse(null),
                rows,
                judged(result.unit(), locale),
                result.quotas().values().stream()
                        .map(c -> eligibility.explain(c, locale))
                        .toList(),
                result.quotas().values().stream().allMatch(Check::met));
    }

    /** Records what the officer knows of a member's year; audited. */
    @PreAuthorize("hasRole('SUBMISSION_PREPARE') and hasRole('USER_VIEW')")
    @Transactional
    public Facts record(String schoolYear, long userId, Facts data) {
        SchoolYears.start(schoolYear);
        if (data.monthsOfService() < 0 || data.monthsOfService() > 12) {
            throw new BusinessException("eligibility.facts.months");
        }
        if (data.initiative() != null && data.initiativeTitle() == null) {
            throw new BusinessException("eligibility.facts.initiativeTitle");
        }
        PortalPrincipal me = CurrentUser.require();
        MemberSummary member = staff(me.activeUnitId()).stream()
                .filter(m -> m.userId() == userId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("member " + userId));
        PersonYearFacts row = facts.findBySchoolYearAndUserId(schoolYear, userId)
                .orElseGet(() -> new PersonYearFacts(schoolYear, userId, member.displayName()));
        Facts before = row.getId() == null ? new Facts(null, null, Discipline.NONE, 12) : facts(row);
        row.update(
                data.initiative(),
                data.initiativeTitle(),
                data.discipline(),
                data.monthsOfService(),
                Instant.now(),
                me.username());
        facts.save(row);
        Changes changes = Changes.of()
                .set("schoolYear", schoolYear)
                .set("person", member.displayName())
                .diff("initiative", before.initiative(), data.initiative())
                .diff("initiativeTitle", before.initiativeTitle(), data.initiativeTitle())
                .diff("discipline", before.discipline(), data.discipline())
                .diff("monthsOfService", before.monthsOfService(), data.monthsOfService());
        events.publishEvent(new AuditEvent(
                me.activeUnitId(), "ELIGIBILITY_FACTS", schoolYear + "/" + userId, "RECORD", changes.toString()));
        return facts(row);
    }

    /** The active unit's dossiers that may still take nominees (drafts and returned ones). */
    @PreAuthorize("hasRole('SUBMISSION_PREPARE')")
    public List<DossierSummary> openDossiers() {
        return nominations.dossiers().stream().filter(DossierSummary::editable).toList();
    }

    /**
     * Proposes a person for a title they qualify for into one of the unit's open dossiers, with what is recorded
     * (position, the year's score and rating, the recognised initiative) so nothing is typed twice. Refused when the
     * person does not qualify under the rules in force on {@code date}, or is already proposed for the title there.
     */
    @PreAuthorize("hasRole('SUBMISSION_PREPARE') and hasRole('AWARD_VIEW') and hasRole('USER_VIEW')")
    @Transactional
    public long propose(
            long dossierId, String schoolYear, long userId, String title, Rating unitRating, LocalDate date) {
        Locale vi = Locale.forLanguageTag("vi");
        Board board = board(schoolYear, unitRating, date, vi);
        PersonRow row = board.people().stream()
                .filter(p -> p.userId() == userId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("member " + userId));
        if (!row.eligibleFor(title)) {
            throw new BusinessException(
                    "eligibility.propose.notEligible", row.name(), eligibility.titleName(title, vi));
        }
        boolean already = nominations.details(dossierId).nominees().stream()
                .anyMatch(n -> Long.valueOf(userId).equals(n.personUserId()) && title.equals(n.awardCode()));
        if (already) {
            throw new BusinessException("eligibility.propose.already", row.name(), eligibility.titleName(title, vi));
        }
        String summary = row.score() == null
                ? eligibility.message("eligibility.propose.summary.noScore", vi, schoolYear)
                : eligibility.message(
                        "eligibility.propose.summary",
                        vi,
                        schoolYear,
                        row.scoreOn100().stripTrailingZeros().toPlainString(),
                        row.band(),
                        row.rating() == null ? "-" : eligibility.message("eligibility.value." + row.rating(), vi));
        OrgUnitSummary unit = orgUnits.get(CurrentUser.require().activeUnitId());
        return nominations.addNominee(
                dossierId,
                new NomineeData(
                        Subject.INDIVIDUAL.name(),
                        title,
                        row.name(),
                        row.position(),
                        unit.name(),
                        null,
                        summary,
                        null,
                        null,
                        userId,
                        null,
                        row.facts().initiativeTitle(),
                        0));
    }

    /** The unit's people judged: its members other than accounts that only administer it. */
    private List<MemberSummary> staff(long unitId) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        return users.members(unitId, null, 0, 5_000).stream()
                .filter(m -> !(m.roles().size() == 1 && m.roles().contains(Role.UNIT_ADMIN)))
                .sorted(Comparator.comparing(MemberSummary::displayName, collator))
                .toList();
    }

    private static Facts facts(PersonYearFacts f) {
        return f == null
                ? new Facts(null, null, Discipline.NONE, 12)
                : new Facts(f.getInitiative(), f.getInitiativeTitle(), f.getDiscipline(), f.getMonthsOfService());
    }

    private static BigDecimal on100(BigDecimal score, BigDecimal max) {
        if (score == null || max == null || max.signum() <= 0) {
            return null;
        }
        return score.multiply(BigDecimal.valueOf(100)).divide(max, 2, RoundingMode.HALF_UP);
    }

    private List<String> titles(LocalDate date, Subject subject) {
        return catalogue.awardTypes(date).stream()
                .filter(t -> t.kind() == AwardKind.TITLE && t.subject() == subject)
                .map(AwardTypeSummary::code)
                .toList();
    }

    private Map<Long, Map<String, Set<String>>> titlesByYear(Map<Long, List<AwardRecordSummary>> awards) {
        Map<Long, Map<String, Set<String>>> result = new HashMap<>();
        awards.forEach((userId, list) -> result.put(userId, eligibility.titlesByYear(list)));
        return result;
    }

    private List<Judged> judged(List<Verdict> verdicts, Locale locale) {
        return verdicts.stream()
                .map(v -> new Judged(
                        v.title(),
                        eligibility.titleName(v.title(), locale),
                        v.eligible(),
                        eligibility.explain(v, locale),
                        v.ruleSet() == null ? null : v.ruleSet().name()))
                .toList();
    }
}

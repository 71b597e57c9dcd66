package vn.thidua.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.thidua.catalogue.Subject;

/**
 * A unit's people and the unit itself judged for a school year from recorded facts, with the quotas of the rules in
 * force. Pure: the caller gathers the facts.
 *
 * <p>The unit's head is judged last: her title requires the unit's, and the unit's collective titles count the
 * members who qualify. Members are first counted with the head judged as if the unit held its titles; the head is
 * then judged against the collective verdicts.
 */
final class UnitJudgement {

    /** One person's recorded facts for the year. */
    record Person(
            long userId,
            String name,
            boolean head,
            Rating rating,
            Map<String, Set<String>> titlesByYear,
            Set<String> registered,
            InitiativeLevel initiative,
            Discipline discipline,
            int monthsOfService) {}

    /** The unit's own facts: its rating (null: not rated yet), titles held by year, titles registered. */
    record Unit(String name, Rating rating, Map<String, Set<String>> titlesByYear, Set<String> registered) {}

    record Result(
            Map<Long, List<Verdict>> people, List<Verdict> unit, Map<String, Check> quotas, Set<String> unitTitles) {}

    private UnitJudgement() {}

    static Result judge(
            RuleBook book,
            List<Person> people,
            Unit unit,
            List<String> individualTitles,
            List<String> collectiveTitles,
            String schoolYear,
            LocalDate date,
            String province,
            String unitCode) {
        Set<String> allCollective = Set.copyOf(collectiveTitles);
        Map<Long, List<Verdict>> verdicts = new LinkedHashMap<>();
        for (Person p : people) {
            verdicts.put(
                    p.userId(),
                    judgePerson(book, p, allCollective, individualTitles, schoolYear, date, province, unitCode));
        }
        Map<String, Integer> withTitle = count(verdicts);
        int completed = (int) people.stream()
                .filter(p -> p.rating() != null && p.rating().compareTo(Rating.HOAN_THANH) >= 0)
                .count();
        Discipline worst =
                people.stream().map(Person::discipline).max(Enum::compareTo).orElse(Discipline.NONE);
        Candidate collective = new Candidate(
                Subject.COLLECTIVE,
                unit.name(),
                unit.rating() == null ? Map.of() : Map.of(schoolYear, unit.rating()),
                unit.titlesByYear(),
                Map.of(),
                Discipline.NONE,
                12,
                unit.registered(),
                false,
                Set.of(),
                new Candidate.Members(people.size(), completed, withTitle, worst));
        List<Verdict> unitVerdicts = new ArrayList<>();
        Set<String> unitTitles = new TreeSet<>();
        for (String title : collectiveTitles) {
            if (book.deciding(title, date, province, unitCode).isEmpty()) {
                continue;
            }
            Verdict v = book.evaluate(collective, title, schoolYear, date, province, unitCode);
            unitVerdicts.add(v);
            if (v.eligible()) {
                unitTitles.add(title);
            }
        }
        for (Person p : people) {
            if (p.head()) {
                verdicts.put(
                        p.userId(),
                        judgePerson(book, p, unitTitles, individualTitles, schoolYear, date, province, unitCode));
            }
        }
        withTitle = count(verdicts);
        Map<String, Check> quotas = new LinkedHashMap<>();
        for (String title : individualTitles) {
            Optional<Quota> quota = book.quota(title, date, province, unitCode);
            if (quota.isPresent()) {
                Quota q = quota.get();
                quotas.put(
                        title,
                        q.check(withTitle.getOrDefault(title, 0), withTitle.getOrDefault(q.of(), 0), unitTitles));
            }
        }
        return new Result(verdicts, unitVerdicts, quotas, unitTitles);
    }

    private static List<Verdict> judgePerson(
            RuleBook book,
            Person p,
            Set<String> unitTitles,
            List<String> titles,
            String schoolYear,
            LocalDate date,
            String province,
            String unitCode) {
        Candidate c = new Candidate(
                Subject.INDIVIDUAL,
                p.name(),
                p.rating() == null ? Map.of() : Map.of(schoolYear, p.rating()),
                p.titlesByYear(),
                p.initiative() == null ? Map.of() : Map.of(schoolYear, p.initiative()),
                p.discipline(),
                p.monthsOfService(),
                p.registered(),
                p.head(),
                unitTitles,
                null);
        List<Verdict> result = new ArrayList<>();
        for (String title : titles) {
            if (book.deciding(title, date, province, unitCode).isPresent()) {
                result.add(book.evaluate(c, title, schoolYear, date, province, unitCode));
            }
        }
        return result;
    }

    private static Map<String, Integer> count(Map<Long, List<Verdict>> verdicts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        verdicts.values()
                .forEach(list ->
                        list.stream().filter(Verdict::eligible).forEach(v -> counts.merge(v.title(), 1, Integer::sum)));
        return counts;
    }
}

package vn.thidua.eligibility;

import java.util.Map;
import java.util.Set;
import vn.thidua.catalogue.Subject;

/**
 * The facts about a person or a collective that the conditions read, by school year ("2025-2026").
 *
 * @param ratings the yearly rating by school year
 * @param titles the emulation titles held by school year (catalogue codes)
 * @param initiatives the highest level at which an initiative was recognised, by school year
 * @param discipline the heaviest discipline in the year evaluated
 * @param monthsOfService months worked in the year evaluated (maternity leave counts as work)
 * @param registered the titles registered for in the year evaluated
 * @param unitHead whether the person heads the unit (the head's title requires the unit's)
 * @param unitTitles the titles the person's unit holds (or is proposed for) in the year evaluated
 * @param members the members of a collective in the year evaluated; null for a person
 */
public record Candidate(
        Subject subject,
        String name,
        Map<String, Rating> ratings,
        Map<String, Set<String>> titles,
        Map<String, InitiativeLevel> initiatives,
        Discipline discipline,
        int monthsOfService,
        Set<String> registered,
        boolean unitHead,
        Set<String> unitTitles,
        Members members) {

    public Candidate {
        ratings = Map.copyOf(ratings);
        titles = Map.copyOf(titles);
        initiatives = Map.copyOf(initiatives);
        registered = Set.copyOf(registered);
        unitTitles = Set.copyOf(unitTitles);
    }

    /**
     * The members of a collective in the year evaluated.
     *
     * @param count members
     * @param completed members who completed their tasks (rated at least "hoàn thành nhiệm vụ")
     * @param withTitle members holding each title in the year (catalogue code → count)
     * @param worstDiscipline the heaviest discipline of any member
     */
    public record Members(int count, int completed, Map<String, Integer> withTitle, Discipline worstDiscipline) {
        public Members {
            withTitle = Map.copyOf(withTitle);
        }

        int with(String title) {
            return withTitle.getOrDefault(title, 0);
        }
    }

    boolean holds(String title, String schoolYear) {
        return titles.getOrDefault(schoolYear, Set.of()).contains(title);
    }
}

package vn.thidua.eligibility;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.thidua.catalogue.Subject;

/**
 * The vocabulary of conditions that rule sets are composed from (as data: {@code {"type": "rating", "min":
 * "HOAN_THANH_TOT"}}). Each judges a candidate for a school year and explains itself.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Condition.RatingAtLeast.class, name = "rating"),
    @JsonSubTypes.Type(value = Condition.ConsecutiveYears.class, name = "consecutive"),
    @JsonSubTypes.Type(value = Condition.MemberShare.class, name = "memberShare"),
    @JsonSubTypes.Type(value = Condition.AllMembersCompleted.class, name = "allMembersCompleted"),
    @JsonSubTypes.Type(value = Condition.MemberWithTitle.class, name = "memberWithTitle"),
    @JsonSubTypes.Type(value = Condition.Initiative.class, name = "initiative"),
    @JsonSubTypes.Type(value = Condition.Registered.class, name = "registered"),
    @JsonSubTypes.Type(value = Condition.NoDiscipline.class, name = "noDiscipline"),
    @JsonSubTypes.Type(value = Condition.ServiceMonths.class, name = "serviceMonths"),
    @JsonSubTypes.Type(value = Condition.HeadRequiresUnitTitle.class, name = "headRequiresUnitTitle")
})
public sealed interface Condition {

    /** Judges {@code candidate} for {@code title} in {@code schoolYear}. */
    Check test(Candidate candidate, String title, String schoolYear);

    /** The yearly rating is at least {@code min} ("hoàn thành tốt nhiệm vụ" for LĐTT). */
    record RatingAtLeast(Rating min) implements Condition {
        public RatingAtLeast {
            Objects.requireNonNull(min, "min");
        }

        @Override
        public Check test(Candidate c, String title, String year) {
            Rating rating = c.ratings().get(year);
            boolean met = rating != null && rating.compareTo(min) >= 0;
            return Check.of(met, "rating", min, rating == null ? "-" : rating, year);
        }
    }

    /**
     * {@code years} consecutive school years with {@code title}, counted back from the year evaluated if the title is
     * held in it, else from the year before (the year's own title may be decided at the same session).
     */
    record ConsecutiveYears(String title, int years) implements Condition {
        public ConsecutiveYears {
            Objects.requireNonNull(title, "title");
            if (years < 1) {
                throw new IllegalArgumentException("years must be at least 1");
            }
        }

        @Override
        public Check test(Candidate c, String forTitle, String year) {
            String y = c.holds(title, year) ? year : SchoolYears.previous(year);
            List<String> run = new ArrayList<>();
            while (c.holds(title, y) && run.size() < years) {
                run.addFirst(y);
                y = SchoolYears.previous(y);
            }
            return Check.of(
                    run.size() >= years,
                    "consecutive",
                    years,
                    title,
                    run.size(),
                    run.isEmpty() ? "-" : String.join(", ", run));
        }
    }

    /** At least {@code percent} % of the collective's members hold {@code title} in the year (70 % LĐTT for TTLĐXS). */
    record MemberShare(String title, int percent) implements Condition {
        public MemberShare {
            Objects.requireNonNull(title, "title");
        }

        @Override
        public Check test(Candidate c, String forTitle, String year) {
            Candidate.Members m = membersOf(c);
            int with = m.with(title);
            boolean met = m.count() > 0 && with * 100L >= (long) percent * m.count();
            long share = m.count() == 0 ? 0 : Math.round(with * 100.0 / m.count());
            return Check.of(met, "memberShare", percent, title, with, m.count(), share);
        }
    }

    /** Every member completed their tasks. */
    record AllMembersCompleted() implements Condition {
        @Override
        public Check test(Candidate c, String forTitle, String year) {
            Candidate.Members m = membersOf(c);
            return Check.of(
                    m.count() > 0 && m.completed() == m.count(), "allMembersCompleted", m.completed(), m.count());
        }
    }

    /** At least {@code atLeast} members hold {@code title} (one CSTĐ cơ sở for TTLĐXS). */
    record MemberWithTitle(String title, int atLeast) implements Condition {
        public MemberWithTitle {
            Objects.requireNonNull(title, "title");
            atLeast = Math.max(1, atLeast);
        }

        @Override
        public Check test(Candidate c, String forTitle, String year) {
            int with = membersOf(c).with(title);
            return Check.of(with >= atLeast, "memberWithTitle", atLeast, title, with);
        }
    }

    /** An initiative or scientific work recognised at {@code level} or above in the year. */
    record Initiative(InitiativeLevel level) implements Condition {
        public Initiative {
            Objects.requireNonNull(level, "level");
        }

        @Override
        public Check test(Candidate c, String forTitle, String year) {
            InitiativeLevel had = c.initiatives().get(year);
            boolean met = had != null && had.compareTo(level) >= 0;
            return Check.of(met, "initiative", level, had == null ? "-" : had);
        }
    }

    /** The candidate registered for the title at the start of the year. */
    record Registered() implements Condition {
        @Override
        public Check test(Candidate c, String forTitle, String year) {
            return Check.of(c.registered().contains(forTitle), "registered", forTitle, year);
        }
    }

    /**
     * No discipline at or above {@code atOrAbove} in the year — of the person, or of any member of a collective
     * ({@code ofMembers}).
     */
    record NoDiscipline(Discipline atOrAbove, Boolean ofMembers) implements Condition {
        public NoDiscipline {
            Objects.requireNonNull(atOrAbove, "atOrAbove");
            if (atOrAbove == Discipline.NONE) {
                throw new IllegalArgumentException("atOrAbove must be a discipline");
            }
            ofMembers = Boolean.TRUE.equals(ofMembers);
        }

        @Override
        public Check test(Candidate c, String forTitle, String year) {
            Discipline had = ofMembers() ? membersOf(c).worstDiscipline() : c.discipline();
            boolean met = had == null || had.compareTo(atOrAbove) < 0;
            return Check.of(met, ofMembers() ? "noDiscipline.members" : "noDiscipline", atOrAbove, had);
        }
    }

    /** At least {@code min} months worked in the year (10 for LĐTT: newly recruited staff are not rated for it). */
    record ServiceMonths(int min) implements Condition {
        @Override
        public Check test(Candidate c, String forTitle, String year) {
            return Check.of(c.monthsOfService() >= min, "serviceMonths", min, c.monthsOfService());
        }
    }

    /** A unit head's title requires the unit to hold one of {@code titles} the same year (met by anyone else). */
    record HeadRequiresUnitTitle(Set<String> titles) implements Condition {
        public HeadRequiresUnitTitle {
            titles = Set.copyOf(titles);
        }

        @Override
        public Check test(Candidate c, String forTitle, String year) {
            if (!c.unitHead()) {
                return Check.of(true, "headRequiresUnitTitle.notHead");
            }
            boolean met = c.unitTitles().stream().anyMatch(titles::contains);
            return Check.of(met, "headRequiresUnitTitle", String.join(", ", new java.util.TreeSet<>(titles)));
        }
    }

    private static Candidate.Members membersOf(Candidate c) {
        if (c.subject() != Subject.COLLECTIVE || c.members() == null) {
            throw new IllegalArgumentException("A condition on members applies to a collective: " + c.name());
        }
        return c.members();
    }
}

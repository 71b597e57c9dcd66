package vn.thidua.eligibility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.thidua.eligibility.Discipline;
import vn.thidua.eligibility.InitiativeLevel;
import vn.thidua.tenancy.TenantOwnedEntity;

/**
 * What the unit records about one of its people for a school year that neither scoring nor the award history holds:
 * the recognised initiative, discipline and months of service (the facts the title conditions also read).
 */
@Entity
@Table(name = "elig_person_year")
public class PersonYearFacts extends TenantOwnedEntity {

    @Column(name = "school_year", nullable = false)
    private String schoolYear;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "person_name", nullable = false)
    private String personName;

    @Enumerated(EnumType.STRING)
    private InitiativeLevel initiative;

    @Column(name = "initiative_title")
    private String initiativeTitle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Discipline discipline = Discipline.NONE;

    @Column(name = "months_of_service", nullable = false)
    private int monthsOfService = 12;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected PersonYearFacts() {}

    public PersonYearFacts(String schoolYear, long userId, String personName) {
        this.schoolYear = schoolYear;
        this.userId = userId;
        this.personName = personName;
    }

    public void update(
            InitiativeLevel initiative,
            String initiativeTitle,
            Discipline discipline,
            int monthsOfService,
            Instant at,
            String by) {
        this.initiative = initiative;
        this.initiativeTitle = initiative == null ? null : initiativeTitle;
        this.discipline = discipline;
        this.monthsOfService = monthsOfService;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public long getUserId() {
        return userId;
    }

    public String getPersonName() {
        return personName;
    }

    public InitiativeLevel getInitiative() {
        return initiative;
    }

    public String getInitiativeTitle() {
        return initiativeTitle;
    }

    public Discipline getDiscipline() {
        return discipline;
    }

    public int getMonthsOfService() {
        return monthsOfService;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}

/**
 * Eligibility: which emulation title a person or a collective may be proposed for, under the rules of law in force
 * on a date. Rules are data — dated, scoped (national, a province, a unit) rule sets composed from a fixed vocabulary
 * of conditions ({@link vn.thidua.eligibility.Condition}) — and every verdict explains each condition (met or not,
 * with the numbers) in the user's language. Shipped rule sets: the current law (Luật TĐKT 06/2022, NĐ 152/2025) and
 * the legacy one for records before 2024 (NĐ 91/2017); a province or unit overrides a title's conditions by a rule
 * set of its own. The facts (ratings, titles by school year, initiatives, discipline, service, registrations,
 * members) are supplied by the caller. View: *Tiêu chuẩn danh hiệu* ({@code rules}), the rules in force on a date for
 * the active unit, each condition in words; and a self-check: a person's own award history with the year's facts they
 * give (rating, initiative, discipline, months of service) and the titles they registered, judged for the individual
 * titles. Board: *Xét điều kiện danh hiệu* ({@code eligibility}, {@link vn.thidua.eligibility.UnitEligibilityService}),
 * the unit's people and the unit judged from recorded facts — yearly scores rated by the scale in force, registrations,
 * award history, and the initiative, discipline and months of service the officer records — with the quotas checked.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "catalogue",
            "identity",
            "tenancy",
            "award",
            "criteria",
            "registration",
            "nomination"
        })
package vn.thidua.eligibility;

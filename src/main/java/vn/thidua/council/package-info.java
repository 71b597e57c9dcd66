/**
 * Council: the unit's Emulation & Commendation Council (Hội đồng Thi đua – Khen thưởng) — members with their roles
 * chosen from the unit's memberships; sessions (date, place, agenda, attendance) with the quorum from the rule set in
 * force; the candidates, imported from a draft nomination dossier or added by hand, each with its title's pass rule;
 * a secret ballot online (each present member once; only tallies and a has-voted marker are stored) or tallies from
 * paper; closing computes and freezes the results; the minutes (biên bản họp, DOCX, Decree 30 layout) are attached to
 * the nomination dossier as its council minutes.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "tenancy",
            "identity",
            "catalogue",
            "eligibility",
            "nomination",
            "numbering",
            "document"
        })
package vn.thidua.council;

/**
 * Nomination: a unit's nomination dossier (hồ sơ đề nghị) for a round — nominees, council minutes, achievement
 * reports, initiative recognition — with its completeness checklist; sending it up through the submission
 * mechanism; consolidating accepted items of member units into the unit's own dossier; the generated proposal
 * letter (tờ trình, DOCX) and list (XLSX).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "tenancy", "identity", "catalogue", "submission", "document"})
package vn.thidua.nomination;

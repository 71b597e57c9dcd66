/**
 * Exemplars (điển hình tiên tiến): a unit's registry of the people and collectives it builds into advanced models
 * over a phase (e.g. 2026–2030) — imported from the registration round's advanced-model candidates or added directly,
 * each with its field, the criteria it is built against and a mentor — and the four stages as dated entries on each
 * (phát hiện, bồi dưỡng, tổng kết with the awards of that school year from the award history, nhân rộng), shown as a
 * timeline; the annex list of the unit's plan ("DANH SÁCH ĐĂNG KÝ XÂY DỰNG ĐIỂN HÌNH TIÊN TIẾN") as DOCX.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "tenancy", "identity", "registration", "award", "document", "submission"})
package vn.thidua.exemplar;

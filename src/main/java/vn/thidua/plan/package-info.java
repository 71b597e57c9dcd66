/**
 * Plan: emulation movements (phong trào thi đua) and plans (kế hoạch) as official documents in the Decree-30
 * layout. A unit drafts a plan (from a template, or as the implementing plan of an upper plan, which becomes its
 * căn cứ and caps its milestones), issues it (number from the unit's series, then read-only), amends it by a new
 * edition. Issued plans flow down to every unit below ("Văn bản cấp trên"); the lineage of a movement shows the
 * tree of plans from the department down to schools. Exports DOCX, PDF and an in-app print preview.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "tenancy", "identity", "numbering", "document"})
package vn.thidua.plan;

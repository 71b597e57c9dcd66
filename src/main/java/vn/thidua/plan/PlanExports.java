package vn.thidua.plan;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.thidua.document.DocumentNumbers;
import vn.thidua.document.DocxRenderer;
import vn.thidua.document.HtmlPreviewRenderer;
import vn.thidua.document.MarkdownBlocks;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.OfficialDocument.Annex;
import vn.thidua.document.OfficialDocument.AnnexSection;
import vn.thidua.document.OfficialDocument.Block;
import vn.thidua.document.OfficialDocument.Signature;
import vn.thidua.document.PdfRenderer;
import vn.thidua.document.VietnameseDates;
import vn.thidua.numbering.NumberSeries;
import vn.thidua.shared.Dates;
import vn.thidua.shared.Text;
import vn.thidua.tenancy.UnitProfileService;

/**
 * A plan as an official document in the Decree-30 layout: DOCX, PDF and the in-app print preview all come from the
 * same {@link OfficialDocument}. A draft prints "Số:      /KH-…" for the văn thư to fill in.
 */
@Service
public class PlanExports {

    private static final List<String> TIMELINE_COLUMNS =
            List.of("TT", "Nội dung công việc", "Thời gian", "Người thực hiện");

    private final PlanService plans;
    private final UnitProfileService profiles;

    PlanExports(PlanService plans, UnitProfileService profiles) {
        this.plans = plans;
        this.profiles = profiles;
    }

    @PreAuthorize("hasRole('PLAN_VIEW')")
    public byte[] docx(long planId) {
        return DocxRenderer.render(document(plans.get(planId)));
    }

    @PreAuthorize("hasRole('PLAN_VIEW')")
    public byte[] pdf(long planId) {
        return PdfRenderer.render(document(plans.get(planId)));
    }

    /** One HTML element (inline styles, all text escaped) for the print preview. */
    @PreAuthorize("hasRole('PLAN_VIEW')")
    public String previewHtml(long planId) {
        return HtmlPreviewRenderer.render(document(plans.get(planId)));
    }

    /** "KH-MNQT-91-2016.docx"-style file name without extension. */
    @PreAuthorize("hasRole('PLAN_VIEW')")
    public String fileName(long planId) {
        PlanSummary s = plans.get(planId).summary();
        String base = s.numberText() == null
                ? "ke-hoach-nhap-" + s.id()
                : "ke-hoach-" + s.numberText().replace('/', '-');
        return base.replaceAll("[^\\p{L}\\p{N}._-]", "_");
    }

    OfficialDocument document(PlanDetails plan) {
        PlanData d = plan.data();
        PlanSummary s = plan.summary();
        PlanContent c = d.content();
        String issuer = d.council()
                ? "Hội đồng Thi đua – Khen thưởng"
                : Text.blankToNull(d.issuerName()) == null ? s.unitName() : d.issuerName();
        String parentBody = d.council() ? s.unitName() : d.parentBody();
        String number = s.numberText() != null
                ? "Số: " + s.numberText()
                : DocumentNumbers.formatBlank(PlanService.TYPE_ABBREVIATION, symbol(plan));
        OfficialDocument.Builder doc = OfficialDocument.builder(issuer, "KẾ HOẠCH")
                .parentBody(parentBody)
                .number(number)
                .placeAndDate(d.issueDate() == null ? null : VietnameseDates.placeAndDate(d.place(), d.issueDate()))
                .subject(d.subject());
        c.bases().forEach(b -> doc.legalBasis(b.text()));
        for (int i = 0; i < c.sections().size(); i++) {
            if (i == c.timelineAfter()) {
                timeline(doc, c);
            }
            PlanSection section = c.sections().get(i);
            if (Text.blankToNull(section.heading()) != null) {
                doc.block(Block.heading(section.heading().strip()));
            }
            MarkdownBlocks.parse(section.body()).forEach(doc::block);
        }
        if (c.timelineAfter() >= c.sections().size()) {
            timeline(doc, c);
        }
        c.recipients().forEach(doc::recipient);
        if (Text.blankToNull(d.signerTitle()) != null || Text.blankToNull(d.signerName()) != null) {
            doc.signature(new Signature(d.signerPrefix(), d.signerTitle(), d.signerSubtitle(), d.signerName()));
        }
        for (PlanAnnex annex : c.annexes()) {
            String subtitle = Text.blankToNull(annex.subtitle()) != null
                    ? annex.subtitle()
                    : "(Kèm theo Kế hoạch số %s ngày %s của %s)"
                            .formatted(
                                    s.numberText() == null ? "     " : s.numberText(),
                                    d.issueDate() == null ? "     " : Dates.format(d.issueDate()),
                                    s.unitName());
            doc.annex(
                    new Annex(annex.title(), subtitle, List.of(new AnnexSection(null, annex.columns(), annex.rows()))));
        }
        return doc.build();
    }

    private String symbol(PlanDetails plan) {
        NumberSeries series = plan.data().council() ? NumberSeries.COUNCIL : NumberSeries.UNIT;
        String symbol =
                series.issuerSymbol(profiles.get(plan.summary().unitId()).documentSymbol());
        return plan.data().draftingUnit() == null
                ? symbol
                : symbol + "-" + plan.data().draftingUnit();
    }

    private static void timeline(OfficialDocument.Builder doc, PlanContent c) {
        if (c.timeline().isEmpty()) {
            return;
        }
        if (Text.blankToNull(c.timelineHeading()) != null) {
            doc.block(Block.heading(c.timelineHeading().strip()));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Milestone m : c.timeline()) {
            rows.add(List.of(
                    String.valueOf(rows.size() + 1),
                    m.what(),
                    m.when() != null ? m.when() : m.due() == null ? "" : Dates.format(m.due()),
                    m.who() == null ? "" : m.who()));
        }
        doc.block(Block.table(new AnnexSection(null, TIMELINE_COLUMNS, rows)));
    }
}

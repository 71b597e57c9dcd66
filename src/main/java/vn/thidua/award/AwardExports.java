package vn.thidua.award;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.catalogue.CatalogueService;
import vn.thidua.document.Certificate;
import vn.thidua.document.CertificatePdfRenderer;
import vn.thidua.document.DocumentNumbers;
import vn.thidua.document.DocxRenderer;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.OfficialDocument.Annex;
import vn.thidua.document.OfficialDocument.AnnexSection;
import vn.thidua.document.OfficialDocument.Block;
import vn.thidua.document.OfficialDocument.Signature;
import vn.thidua.document.VietnameseDates;
import vn.thidua.identity.CurrentUser;
import vn.thidua.shared.BusinessException;
import vn.thidua.shared.Dates;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.OrgUnitSummary;
import vn.thidua.tenancy.UnitProfileService;

/** The decision as an official document (DOCX, Decree-30 layout, list annexed) and its certificates (PDF). */
@Service
@Transactional(readOnly = true)
public class AwardExports {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final DecisionService decisions;
    private final CatalogueService catalogue;
    private final OrgUnitService orgUnits;
    private final UnitProfileService profiles;

    AwardExports(
            UnitProfileService profiles,
            DecisionService decisions,
            CatalogueService catalogue,
            OrgUnitService orgUnits) {
        this.decisions = decisions;
        this.catalogue = catalogue;
        this.orgUnits = orgUnits;
        this.profiles = profiles;
    }

    @PreAuthorize("hasRole('DECISION_MANAGE')")
    public byte[] decisionDocx(long decisionId) {
        DecisionDetails d = decisions.details(decisionId);
        OrgUnitSummary unit = orgUnits.get(CurrentUser.require().activeUnitId());
        OrgUnitSummary parent =
                orgUnits.reportsTo(unit.id(), d.summary().decisionDate()).orElse(null);
        String number = d.summary().issued()
                ? "Số: " + d.summary().numberText()
                : DocumentNumbers.formatBlank("QĐ", profiles.get(unit.id()).documentSymbol());
        long collectives =
                d.items().stream().filter(i -> "COLLECTIVE".equals(i.subject())).count();
        long individuals = d.items().size() - collectives;
        long total = d.items().stream().mapToLong(DecisionItemSummary::amount).sum();
        OfficialDocument.Builder doc = OfficialDocument.builder(unit.name().toUpperCase(VI), "QUYẾT ĐỊNH")
                .parentBody(parent == null ? null : parent.name().toUpperCase(VI))
                .number(number)
                .placeAndDate(VietnameseDates.placeAndDate(
                        d.place() != null ? d.place() : unit.name(), d.summary().decisionDate()))
                .subject(d.summary().subject())
                .authorityLine(d.authorityLine());
        if (d.legalBases() != null) {
            d.legalBases().lines().filter(l -> !l.isBlank()).forEach(doc::legalBasis);
        }
        doc.block(Block.centeredBold("QUYẾT ĐỊNH:"))
                .block(Block.article(
                        "Điều 1. Tặng danh hiệu thi đua, hình thức khen thưởng cho %d tập thể và %d cá nhân"
                                        .formatted(collectives, individuals)
                                + " (có danh sách kèm theo) đã có thành tích trong năm học "
                                + d.summary().schoolYear() + "."))
                .block(Block.article("Điều 2. Tiền thưởng kèm theo thực hiện theo Nghị định số 152/2025/NĐ-CP;"
                        + " tổng số tiền: " + money(total) + " đồng."))
                .block(Block.article("Điều 3. Quyết định có hiệu lực kể từ ngày ký. Các tập thể, cá nhân có tên tại"
                        + " Điều 1 và các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."))
                .recipient("Như Điều 3;")
                .recipient("Lưu: VT, TĐKT.")
                .signature(new Signature(
                        d.signerPrefix() == null ? "" : d.signerPrefix(),
                        d.signerTitle() == null ? "" : d.signerTitle(),
                        null,
                        d.signerName() == null ? "" : d.signerName()));
        List<List<String>> collectiveRows = new ArrayList<>();
        List<List<String>> individualRows = new ArrayList<>();
        for (DecisionItemSummary i : d.items()) {
            List<String> row = List.of(
                    String.valueOf(("COLLECTIVE".equals(i.subject()) ? collectiveRows : individualRows).size() + 1),
                    i.fullName(),
                    i.position() == null ? "" : i.position(),
                    i.workUnit() == null ? i.originUnitName() : i.workUnit(),
                    catalogue.get(i.awardCode()).nameVi(),
                    money(i.amount()));
            ("COLLECTIVE".equals(i.subject()) ? collectiveRows : individualRows).add(row);
        }
        List<AnnexSection> sections = new ArrayList<>();
        List<String> columns = List.of("STT", "Họ và tên", "Chức vụ", "Đơn vị", "Danh hiệu / hình thức", "Tiền thưởng");
        if (!collectiveRows.isEmpty()) {
            sections.add(new AnnexSection("I. TẬP THỂ", columns, collectiveRows));
        }
        if (!individualRows.isEmpty()) {
            sections.add(
                    new AnnexSection(collectiveRows.isEmpty() ? "I. CÁ NHÂN" : "II. CÁ NHÂN", columns, individualRows));
        }
        if (!sections.isEmpty()) {
            doc.annex(new Annex(
                    "DANH SÁCH",
                    "(Kèm theo Quyết định số %s ngày %s của %s)"
                            .formatted(
                                    d.summary().issued() ? d.summary().numberText() : "     ",
                                    Dates.format(d.summary().decisionDate()),
                                    unit.name()),
                    sections));
        }
        return DocxRenderer.render(doc.build());
    }

    /** One certificate page per awardee of an issued decision. */
    @PreAuthorize("hasRole('DECISION_MANAGE')")
    public byte[] certificatesPdf(long decisionId) {
        DecisionDetails d = decisions.details(decisionId);
        if (!d.summary().issued() || d.items().isEmpty()) {
            throw new BusinessException("award.error.notIssued");
        }
        OrgUnitSummary unit = orgUnits.get(CurrentUser.require().activeUnitId());
        String authority =
                d.authorityLine() != null ? d.authorityLine() : unit.name().toUpperCase(VI);
        List<Certificate> pages = new ArrayList<>();
        for (DecisionItemSummary i : d.items()) {
            pages.add(new Certificate(
                    unit.name().toUpperCase(VI),
                    authority,
                    catalogue.get(i.awardCode()).nameVi().toUpperCase(VI),
                    i.fullName(),
                    i.workUnit() == null ? i.originUnitName() : i.workUnit(),
                    "Đã có thành tích xuất sắc trong năm học " + d.summary().schoolYear(),
                    "Quyết định số " + d.summary().numberText() + " ngày "
                            + Dates.format(d.summary().decisionDate()),
                    VietnameseDates.placeAndDate(
                            d.place() != null ? d.place() : unit.name(),
                            d.summary().decisionDate()),
                    ((d.signerPrefix() == null ? "" : d.signerPrefix() + " ")
                                    + (d.signerTitle() == null ? "" : d.signerTitle()))
                            .trim(),
                    d.signerName() == null ? "" : d.signerName()));
        }
        return CertificatePdfRenderer.render(pages);
    }

    static String money(long amount) {
        return NumberFormat.getIntegerInstance(VI).format(amount);
    }
}

package vn.thidua.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.catalogue.AwardTypeSummary;
import vn.thidua.catalogue.CatalogueService;
import vn.thidua.document.DocxRenderer;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.OfficialDocument.AnnexSection;
import vn.thidua.document.OfficialDocument.Block;
import vn.thidua.document.OfficialDocument.Signature;
import vn.thidua.document.VietnameseDates;
import vn.thidua.document.XlsxRenderer;
import vn.thidua.document.XlsxTable;
import vn.thidua.identity.CurrentUser;
import vn.thidua.shared.Dates;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.OrgUnitSummary;
import vn.thidua.tenancy.UnitProfileDetails;
import vn.thidua.tenancy.UnitProfileService;

/**
 * The registration list of a round as an official document (DOCX, Decree-30 layout: "DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM
 * HỌC 2026–2027", TT | Họ và tên | Chức vụ | Danh hiệu đăng ký) and as a sheet (XLSX). Official documents are always
 * Vietnamese.
 */
@Service
@Transactional(readOnly = true)
public class RegistrationExports {

    static final List<String> COLUMNS = List.of("TT", "Họ và tên", "Chức vụ", "Danh hiệu đăng ký");
    static final List<String> COLLECTIVE_COLUMNS = List.of("TT", "Tên tập thể", "Danh hiệu đăng ký", "");
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final RegistrationService registrations;
    private final CatalogueService catalogue;
    private final OrgUnitService orgUnits;
    private final UnitProfileService profiles;

    RegistrationExports(
            RegistrationService registrations,
            CatalogueService catalogue,
            OrgUnitService orgUnits,
            UnitProfileService profiles) {
        this.registrations = registrations;
        this.catalogue = catalogue;
        this.orgUnits = orgUnits;
        this.profiles = profiles;
    }

    /** "DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM HỌC 2026–2027". */
    static String listTitle(String schoolYear) {
        return "DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM HỌC " + schoolYear.replace('-', '–');
    }

    @PreAuthorize("hasRole('REGISTRATION_MANAGE')")
    public byte[] docx(long roundId) {
        RegistrationOverview o = registrations.overview(roundId, VI);
        OrgUnitSummary unit = orgUnits.get(CurrentUser.require().activeUnitId());
        UnitProfileDetails profile = profiles.get(unit.id());
        OrgUnitSummary parent = orgUnits.reportsTo(unit.id(), Dates.today()).orElse(null);
        OfficialDocument.Builder doc = OfficialDocument.builder(
                        unit.name().toUpperCase(VI), listTitle(o.round().schoolYear()))
                .parentBody(parent == null ? null : parent.name().toUpperCase(VI))
                .placeAndDate(VietnameseDates.placeAndDate(unit.name(), Dates.today()))
                .block(Block.heading("I. CÁ NHÂN"))
                .block(Block.table(new AnnexSection(null, COLUMNS, individualRows(o))));
        List<List<String>> collectives = collectiveRows(o);
        if (!collectives.isEmpty()) {
            doc.block(Block.heading("II. TẬP THỂ"))
                    .block(Block.table(new AnnexSection(
                            null,
                            List.of("TT", "Tên tập thể", "Danh hiệu đăng ký"),
                            collectives.stream().map(r -> r.subList(0, 3)).toList())));
        }
        doc.block(Block.paragraph("Tổng số: %d/%d cán bộ, giáo viên, nhân viên đã đăng ký."
                        .formatted(
                                o.staff().size() - o.missing().size(), o.staff().size())))
                .recipient("Hội đồng Thi đua – Khen thưởng;")
                .recipient("Lưu: VT, TĐKT.")
                .signature(new Signature(
                        "",
                        unit.type().isSchool() ? "HIỆU TRƯỞNG" : "THỦ TRƯỞNG ĐƠN VỊ",
                        null,
                        profile.headName() == null ? "" : profile.headName()));
        return DocxRenderer.render(doc.build());
    }

    @PreAuthorize("hasRole('REGISTRATION_MANAGE')")
    public byte[] xlsx(long roundId) {
        RegistrationOverview o = registrations.overview(roundId, VI);
        OrgUnitSummary unit = orgUnits.get(CurrentUser.require().activeUnitId());
        List<List<String>> rows = new ArrayList<>(individualRows(o));
        List<List<String>> collectives = collectiveRows(o);
        if (!collectives.isEmpty()) {
            rows.add(List.of("", "TẬP THỂ", "", ""));
            rows.addAll(collectives);
        }
        return XlsxRenderer.render(List.of(new XlsxTable(
                "Đăng ký thi đua",
                List.of(
                        unit.name().toUpperCase(VI),
                        listTitle(o.round().schoolYear()),
                        o.round().name()),
                COLUMNS,
                rows,
                List.of(5, 30, 40, 45))));
    }

    /** Registered staff, in the list's order (Vietnamese alphabetical); who did not register is left out. */
    private List<List<String>> individualRows(RegistrationOverview o) {
        List<List<String>> rows = new ArrayList<>();
        int tt = 0;
        for (StaffRow r : o.staff()) {
            if (r.registered()) {
                rows.add(List.of(
                        String.valueOf(++tt),
                        r.displayName(),
                        r.position() == null ? "" : r.position(),
                        titles(r.registration().titleCodes())));
            }
        }
        return rows;
    }

    private List<List<String>> collectiveRows(RegistrationOverview o) {
        List<List<String>> rows = new ArrayList<>();
        int tt = 0;
        for (RegistrationSummary c : o.collectives()) {
            rows.add(List.of(String.valueOf(++tt), c.name(), titles(c.titleCodes()), ""));
        }
        return rows;
    }

    /** Title names in the legal order, higher first: "Chiến sĩ thi đua cơ sở, Lao động tiên tiến". */
    String titles(Set<String> codes) {
        return codes.stream()
                .map(c -> catalogue.find(c).orElse(null))
                .filter(java.util.Objects::nonNull)
                .sorted(AwardTypeSummary.LEGAL_ORDER)
                .map(AwardTypeSummary::nameVi)
                .collect(Collectors.joining(", "));
    }
}

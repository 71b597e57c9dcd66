package vn.thidua.exemplar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.document.DocxRenderer;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.OfficialDocument.AnnexSection;
import vn.thidua.document.OfficialDocument.Block;
import vn.thidua.document.OfficialDocument.Signature;
import vn.thidua.document.VietnameseDates;
import vn.thidua.identity.CurrentUser;
import vn.thidua.shared.Dates;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.OrgUnitSummary;
import vn.thidua.tenancy.UnitProfileDetails;
import vn.thidua.tenancy.UnitProfileService;

/**
 * The annex of the unit's exemplar plan as an official document (DOCX, Decree-30 layout): "DANH SÁCH ĐĂNG KÝ XÂY
 * DỰNG ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2026–2030", TT | Họ và tên | Chức vụ | Lĩnh vực, individuals then collectives.
 * Official documents are always Vietnamese.
 */
@Service
@Transactional(readOnly = true)
public class ExemplarExports {

    static final List<String> COLUMNS = List.of("TT", "Họ và tên", "Chức vụ", "Lĩnh vực");
    private static final Locale VI = Locale.forLanguageTag("vi");
    static final Map<ExemplarField, String> FIELDS_VI = Map.of(
            ExemplarField.TEACHING_INNOVATION, "Đổi mới dạy học",
            ExemplarField.MANAGEMENT, "Quản lý",
            ExemplarField.CHILD_CARE, "Chăm sóc, nuôi dưỡng trẻ",
            ExemplarField.COMMUNITY, "Cộng đồng",
            ExemplarField.OTHER, "Khác");

    private final ExemplarService exemplars;
    private final OrgUnitService orgUnits;
    private final UnitProfileService profiles;

    ExemplarExports(ExemplarService exemplars, OrgUnitService orgUnits, UnitProfileService profiles) {
        this.exemplars = exemplars;
        this.orgUnits = orgUnits;
        this.profiles = profiles;
    }

    static String listTitle(PhaseSummary phase) {
        return "DANH SÁCH ĐĂNG KÝ XÂY DỰNG ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN " + phase.name();
    }

    @PreAuthorize("hasRole('UNIT_VIEW')")
    public byte[] annexDocx(long phaseId) {
        PhaseSummary phase = exemplars.phase(phaseId);
        List<ExemplarSummary> list = exemplars.exemplars(phaseId);
        OrgUnitSummary unit = orgUnits.get(CurrentUser.require().activeUnitId());
        UnitProfileDetails profile = profiles.get(unit.id());
        OrgUnitSummary parent = orgUnits.reportsTo(unit.id(), Dates.today()).orElse(null);
        List<List<String>> people = new ArrayList<>();
        List<List<String>> collectives = new ArrayList<>();
        for (ExemplarSummary x : list) {
            if (x.collective()) {
                collectives.add(List.of(String.valueOf(collectives.size() + 1), x.name(), FIELDS_VI.get(x.field())));
            } else {
                people.add(List.of(
                        String.valueOf(people.size() + 1),
                        x.name(),
                        x.position() == null ? "" : x.position(),
                        FIELDS_VI.get(x.field())));
            }
        }
        OfficialDocument.Builder doc = OfficialDocument.builder(unit.name().toUpperCase(VI), listTitle(phase))
                .parentBody(parent == null ? null : parent.name().toUpperCase(VI))
                .placeAndDate(VietnameseDates.placeAndDate(unit.name(), Dates.today()))
                .block(Block.heading("I. CÁ NHÂN"))
                .block(Block.table(new AnnexSection(null, COLUMNS, people)));
        if (!collectives.isEmpty()) {
            doc.block(Block.heading("II. TẬP THỂ"))
                    .block(Block.table(new AnnexSection(null, List.of("TT", "Tên tập thể", "Lĩnh vực"), collectives)));
        }
        doc.block(Block.paragraph("Tổng số: %d cá nhân, %d tập thể.".formatted(people.size(), collectives.size())))
                .recipient("Hội đồng Thi đua – Khen thưởng;")
                .recipient("Lưu: VT, TĐKT.")
                .signature(new Signature(
                        "",
                        unit.type().isSchool() ? "HIỆU TRƯỞNG" : "THỦ TRƯỞNG ĐƠN VỊ",
                        null,
                        profile.headName() == null ? "" : profile.headName()));
        return DocxRenderer.render(doc.build());
    }
}

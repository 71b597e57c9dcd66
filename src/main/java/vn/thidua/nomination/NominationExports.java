package vn.thidua.nomination;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.catalogue.AwardTypeSummary;
import vn.thidua.catalogue.CatalogueService;
import vn.thidua.catalogue.Subject;
import vn.thidua.document.DocumentNumbers;
import vn.thidua.document.DocxRenderer;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.OfficialDocument.Annex;
import vn.thidua.document.OfficialDocument.AnnexSection;
import vn.thidua.document.OfficialDocument.Block;
import vn.thidua.document.OfficialDocument.Signature;
import vn.thidua.document.VietnameseDates;
import vn.thidua.document.XlsxRenderer;
import vn.thidua.document.XlsxTable;
import vn.thidua.shared.Dates;
import vn.thidua.submission.SubmissionDetails;
import vn.thidua.submission.SubmissionItem;
import vn.thidua.submission.SubmissionService;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.OrgUnitSummary;
import vn.thidua.tenancy.UnitProfileDetails;
import vn.thidua.tenancy.UnitProfileService;

/**
 * Generated documents of a dossier: the proposal letter (tờ trình, DOCX, Decree-30 layout, with the list annexed)
 * and the list in the official columns (XLSX) — of the unit's own dossier or of a version it received. Official
 * documents are always Vietnamese.
 */
@Service
@Transactional(readOnly = true)
public class NominationExports {

    static final List<String> LIST_COLUMNS = List.of(
            "TT",
            "Họ và tên",
            "Đơn vị công tác",
            "Thâm niên giảng dạy",
            "Tóm tắt thành tích",
            "Số điện thoại, email",
            "Đơn vị đề nghị");
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final NominationService nominations;
    private final SubmissionService submissions;
    private final CatalogueService catalogue;
    private final OrgUnitService orgUnits;
    private final UnitProfileService profiles;

    NominationExports(
            NominationService nominations,
            SubmissionService submissions,
            CatalogueService catalogue,
            OrgUnitService orgUnits,
            UnitProfileService profiles) {
        this.nominations = nominations;
        this.submissions = submissions;
        this.catalogue = catalogue;
        this.orgUnits = orgUnits;
        this.profiles = profiles;
    }

    /** The dossier's list as rows of the official columns, grouped by title / award form in the legal order. */
    @PreAuthorize("hasRole('SUBMISSION_PREPARE')")
    public byte[] dossierXlsx(long dossierId) {
        DossierDetails d = nominations.details(dossierId);
        OrgUnitSummary unit = orgUnits.get(d.unitId());
        return XlsxRenderer.render(List.of(new XlsxTable(
                "Danh sách",
                List.of(
                        unit.name().toUpperCase(VI),
                        "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG",
                        d.summary().roundName()),
                LIST_COLUMNS,
                groupedRows(rowsOf(d.nominees())),
                List.of(5, 28, 30, 12, 50, 26, 30))));
    }

    /** The list of a version the active unit sent or received. */
    @PreAuthorize("hasRole('UNIT_VIEW')")
    public byte[] submissionXlsx(long submissionId) {
        SubmissionDetails s = submissions.details(submissionId);
        return XlsxRenderer.render(List.of(new XlsxTable(
                "Danh sách",
                List.of(
                        s.summary().senderName().toUpperCase(VI),
                        "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG",
                        s.summary().title() + " (lần gửi " + s.summary().versionNo() + ", "
                                + Dates.format(s.summary().sentAt()) + ")"),
                LIST_COLUMNS,
                groupedRows(rowsOfItems(s.items())),
                List.of(5, 28, 30, 12, 50, 26, 30))));
    }

    /** The proposal letter (tờ trình) to the unit above, generated from the dossier, with the list annexed. */
    @PreAuthorize("hasRole('SUBMISSION_PREPARE')")
    public byte[] proposalDocx(long dossierId) {
        DossierDetails d = nominations.details(dossierId);
        OrgUnitSummary unit = orgUnits.get(d.unitId());
        UnitProfileDetails profile = profiles.get(unit.id());
        OrgUnitSummary receiver = orgUnits.reportsTo(unit.id(), Dates.today()).orElse(unit);
        String number = DocumentNumbers.formatBlank("TTr", profile.documentSymbol());
        String place = d.place() != null ? d.place() : unit.name();
        List<Row> rows = rowsOf(d.nominees());
        Map<String, int[]> counts = countsByAward(rows);
        long collectives = rows.stream().filter(r -> r.collective).count();
        OfficialDocument.Builder doc = OfficialDocument.builder(unit.name().toUpperCase(VI), "TỜ TRÌNH")
                .parentBody(receiver.id() == unit.id() ? null : receiver.name().toUpperCase(VI))
                .number(number)
                .placeAndDate(VietnameseDates.placeAndDate(place, Dates.today()))
                .subject("Về việc đề nghị khen thưởng – " + d.summary().roundName())
                .block(Block.centeredBold("Kính gửi: " + receiver.name()))
                .legalBasis("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;")
                .legalBasis("Căn cứ Nghị định số 152/2025/NĐ-CP quy định chi tiết một số điều của Luật Thi đua,"
                        + " khen thưởng;")
                .legalBasis("Căn cứ kết quả họp Hội đồng Thi đua – Khen thưởng của " + unit.name() + ".")
                .block(Block.paragraph("%s kính trình %s xem xét, khen thưởng cho %d tập thể và %d cá nhân đã có"
                                .formatted(unit.name(), receiver.name(), collectives, rows.size() - collectives)
                        + " thành tích xuất sắc trong "
                        + d.summary().roundName().toLowerCase(VI)
                        + ", cụ thể như sau:"));
        int i = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            doc.block(Block.paragraph("%d. %s: %d %s;"
                    .formatted(++i, e.getKey(), e.getValue()[0], e.getValue()[1] == 1 ? "tập thể" : "cá nhân")));
        }
        doc.block(Block.paragraph("(Có danh sách và hồ sơ kèm theo)"))
                .block(Block.paragraph("Kính trình " + receiver.name() + " xem xét, quyết định./."))
                .recipient("Như trên;")
                .recipient("Lưu: VT, TĐKT.")
                .signature(new Signature(
                        d.signerPrefix() == null ? "" : d.signerPrefix(),
                        d.signerTitle() != null ? d.signerTitle() : "THỦ TRƯỞNG ĐƠN VỊ",
                        null,
                        d.signerName() != null ? d.signerName() : nullToEmpty(profile.headName())))
                .annex(new Annex(
                        "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG",
                        "(Kèm theo Tờ trình số      /TTr-%s ngày %s của %s)"
                                .formatted(profile.documentSymbol(), Dates.format(Dates.today()), unit.name()),
                        sections(rows)));
        return DocxRenderer.render(doc.build());
    }

    // ---- rows ----

    /** One row of a list with its award type. */
    record Row(AwardTypeSummary type, boolean collective, List<String> cells) {}

    private List<Row> rowsOf(List<NomineeSummary> nominees) {
        List<Row> rows = new ArrayList<>();
        for (NomineeSummary n : nominees) {
            AwardTypeSummary type = catalogue.get(n.awardCode());
            rows.add(new Row(
                    type,
                    "COLLECTIVE".equals(n.subject()),
                    List.of(
                            n.fullName() + (n.position() == null ? "" : "\n" + n.position()),
                            nullToEmpty(n.workUnit()),
                            n.yearsOfService() == null ? "" : n.yearsOfService() + " năm",
                            nullToEmpty(n.achievementSummary()),
                            contact(n.phone(), n.email()),
                            nullToEmpty(n.originUnitName()))));
        }
        return rows;
    }

    private List<Row> rowsOfItems(List<SubmissionItem> items) {
        List<Row> rows = new ArrayList<>();
        for (SubmissionItem item : items) {
            AwardTypeSummary type = catalogue.get(item.category());
            String position = item.get("position");
            rows.add(new Row(
                    type,
                    "COLLECTIVE".equals(item.subject()),
                    List.of(
                            item.label() + (position.isBlank() ? "" : "\n" + position),
                            item.get("workUnit"),
                            item.get("yearsOfService").isBlank() ? "" : item.get("yearsOfService") + " năm",
                            item.get("achievementSummary"),
                            contact(item.get("phone"), item.get("email")),
                            nullToEmpty(item.originUnitName()))));
        }
        return rows;
    }

    /** Rows in list order with a heading row before each award type ("Chiến sĩ thi đua cơ sở (2)"). */
    private static List<List<String>> groupedRows(List<Row> rows) {
        List<List<String>> result = new ArrayList<>();
        Map<String, List<Row>> groups = group(rows);
        int tt = 0;
        for (Map.Entry<String, List<Row>> g : groups.entrySet()) {
            result.add(List.of("", g.getKey() + " (" + g.getValue().size() + ")", "", "", "", "", ""));
            for (Row r : g.getValue()) {
                List<String> cells = new ArrayList<>();
                cells.add(String.valueOf(++tt));
                cells.addAll(r.cells);
                result.add(cells);
            }
        }
        return result;
    }

    private static List<AnnexSection> sections(List<Row> rows) {
        List<AnnexSection> sections = new ArrayList<>();
        int tt = 0;
        for (Map.Entry<String, List<Row>> g : group(rows).entrySet()) {
            List<List<String>> cells = new ArrayList<>();
            for (Row r : g.getValue()) {
                List<String> c = new ArrayList<>();
                c.add(String.valueOf(++tt));
                c.addAll(r.cells);
                cells.add(c);
            }
            sections.add(new AnnexSection(g.getKey(), LIST_COLUMNS, cells));
        }
        return sections;
    }

    private static Map<String, List<Row>> group(List<Row> rows) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        rows.stream()
                .sorted(java.util.Comparator.comparing(Row::type, AwardTypeSummary.LEGAL_ORDER))
                .forEach(r -> groups.computeIfAbsent(r.type.nameVi(), k -> new ArrayList<>())
                        .add(r));
        return groups;
    }

    private static Map<String, int[]> countsByAward(List<Row> rows) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        group(rows)
                .forEach((name, list) -> counts.put(
                        name, new int[] {list.size(), list.getFirst().type.subject() == Subject.COLLECTIVE ? 1 : 0}));
        return counts;
    }

    private static String contact(String phone, String email) {
        String p = nullToEmpty(phone);
        String e = nullToEmpty(email);
        return p.isEmpty() ? e : e.isEmpty() ? p : p + "\n" + e;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

package vn.thidua.exemplar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.thidua.document.DocumentNumbers;
import vn.thidua.document.DocxRenderer;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.OfficialDocument.AnnexSection;
import vn.thidua.document.OfficialDocument.Block;
import vn.thidua.document.OfficialDocument.Signature;
import vn.thidua.document.VietnameseDates;
import vn.thidua.submission.SubmissionItem;
import vn.thidua.tenancy.OrgUnitSummary;
import vn.thidua.tenancy.UnitProfileDetails;

/**
 * The tờ trình of a conference proposal as an official document (DOCX, Decree-30 layout): "TỜ TRÌNH Về việc đề nghị
 * tuyên dương điển hình tiên tiến – {round}", addressed to the unit that opened the round, the proposer's statement,
 * the table of the proposed exemplars (TT | Họ và tên / tập thể | Chức vụ | Lĩnh vực | Thành tích) and the head's
 * signature. Built from the submission items, so the preview before sending, the file sent and the one regenerated
 * from a received proposal read the same. Official documents are always Vietnamese.
 */
final class ConferenceStatement {

    static final String TITLE = "TỜ TRÌNH";
    static final String SUBJECT = "Về việc đề nghị tuyên dương điển hình tiên tiến";
    static final List<String> COLUMNS = List.of("TT", "Họ và tên / tập thể", "Chức vụ", "Lĩnh vực", "Thành tích");
    private static final Locale VI = Locale.forLanguageTag("vi");

    private ConferenceStatement() {}

    /** The file name of the tờ trình, e.g. "to-trinh-dien-hinh-tien-tien-MNQT.docx". */
    static String fileName(UnitProfileDetails sender) {
        String symbol = sender.documentSymbol().replaceAll("[^A-Za-z0-9_-]", "");
        return "to-trinh-dien-hinh-tien-tien" + (symbol.isEmpty() ? "" : "-" + symbol) + ".docx";
    }

    /**
     * @param sender the proposing unit
     * @param profile its profile (document symbol, head)
     * @param parentBody the body the sender reports to, for the header; may be null
     * @param receiverName the unit that opened the conference round
     * @param roundName the round, e.g. "Hội nghị điển hình tiên tiến phường … giai đoạn 2026–2030"
     * @param statement the proposer's text, one paragraph a line
     * @param items the proposed exemplars as sent
     * @param date the date of the letter
     */
    static byte[] docx(
            OrgUnitSummary sender,
            UnitProfileDetails profile,
            String parentBody,
            String receiverName,
            String roundName,
            String statement,
            List<SubmissionItem> items,
            LocalDate date) {
        List<List<String>> rows = new ArrayList<>();
        long collectives = 0;
        for (SubmissionItem item : items) {
            boolean collective = "COLLECTIVE".equals(item.subject());
            if (collective) {
                collectives++;
            }
            rows.add(List.of(
                    String.valueOf(rows.size() + 1),
                    item.label() + (collective ? " (tập thể)" : ""),
                    item.get("position"),
                    field(item.get("field")),
                    item.get("achievements").isBlank() ? item.get("story") : item.get("achievements")));
        }
        OfficialDocument.Builder doc = OfficialDocument.builder(sender.name().toUpperCase(VI), TITLE)
                .parentBody(parentBody == null ? null : parentBody.toUpperCase(VI))
                .number(DocumentNumbers.formatBlank("TTr", profile.documentSymbol()))
                .placeAndDate(VietnameseDates.placeAndDate(sender.name(), date))
                .subject(SUBJECT + " – " + roundName)
                .block(Block.centeredBold("Kính gửi: " + receiverName));
        statement.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> doc.block(Block.paragraph(l)));
        doc.block(Block.paragraph("%s kính đề nghị tuyên dương %d cá nhân và %d tập thể điển hình tiên tiến, cụ thể"
                                .formatted(sender.name(), items.size() - collectives, collectives)
                        + " như sau:"))
                .block(Block.table(new AnnexSection(null, COLUMNS, rows)))
                .block(Block.paragraph("Kính trình " + receiverName + " xem xét, quyết định./."))
                .recipient("Như trên;")
                .recipient("Lưu: VT, TĐKT.")
                .signature(new Signature(
                        "",
                        sender.type().isSchool() ? "HIỆU TRƯỞNG" : "THỦ TRƯỞNG ĐƠN VỊ",
                        null,
                        profile.headName() == null ? "" : profile.headName()));
        return DocxRenderer.render(doc.build());
    }

    private static String field(String code) {
        try {
            return code.isBlank() ? "" : ExemplarExports.FIELDS_VI.get(ExemplarField.valueOf(code));
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}

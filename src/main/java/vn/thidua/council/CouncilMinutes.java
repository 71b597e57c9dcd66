package vn.thidua.council;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.thidua.document.DocumentNumbers;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.OfficialDocument.AnnexSection;
import vn.thidua.document.OfficialDocument.Block;
import vn.thidua.document.OfficialDocument.Signature;
import vn.thidua.document.VietnameseDates;
import vn.thidua.numbering.NumberSeries;

/**
 * The minutes of a closed council session (Biên bản họp Hội đồng Thi đua – Khen thưởng), Decree 30 layout: time and
 * place, chair and secretary, attendance against the quorum of the rule set named with its legal basis, each
 * candidate's tallies and approval rate against its basis with the rule and the result, the list of those passed,
 * and the signatures. Official documents are always Vietnamese.
 */
final class CouncilMinutes {

    private CouncilMinutes() {}

    static OfficialDocument document(SessionDetails d, String unitName) {
        SessionSummary s = d.summary();
        String locality = s.locality() == null ? unitName : s.locality();
        List<AttendeeSummary> absent =
                d.attendees().stream().filter(a -> !a.present()).toList();
        OfficialDocument.Builder doc = OfficialDocument.builder("HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG", "BIÊN BẢN")
                .parentBody(unitName.toUpperCase(Locale.forLanguageTag("vi")))
                .number(
                        s.minutesNumber() == null
                                ? DocumentNumbers.formatBlank("BB", NumberSeries.COUNCIL_SYMBOL)
                                : DocumentNumbers.format(s.minutesNumber(), "BB", NumberSeries.COUNCIL_SYMBOL))
                .placeAndDate(VietnameseDates.placeAndDate(locality, s.date()))
                .subject("Họp Hội đồng Thi đua – Khen thưởng bình xét thi đua, khen thưởng năm học " + s.schoolYear());
        doc.block(Block.heading("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"));
        doc.block(Block.paragraph("Thời gian: " + (s.startTime() == null ? "" : s.startTime() + ", ") + "ngày "
                + longDate(s.date()) + "."));
        doc.block(Block.paragraph("Địa điểm: " + s.place() + "."));
        doc.block(Block.paragraph("Chủ trì: " + d.chairName() + " – Chủ tịch Hội đồng."));
        doc.block(Block.paragraph("Thư ký: " + d.secretaryName() + " – Thư ký Hội đồng."));
        StringBuilder attendance = new StringBuilder(
                "Thành phần: có mặt " + s.presentCount() + "/" + s.memberCount() + " thành viên Hội đồng");
        if (absent.isEmpty()) {
            attendance.append(".");
        } else {
            attendance.append("; vắng mặt: ");
            attendance.append(String.join(
                    ", ",
                    absent.stream()
                            .map(a -> a.fullName() + " (" + role(a.role()) + ")")
                            .toList()));
            attendance.append(".");
        }
        doc.block(Block.paragraph(attendance.toString()));
        doc.block(Block.paragraph("Số thành viên có mặt " + (d.quorumReached() ? "đạt" : "không đạt")
                + " tỷ lệ tối thiểu " + d.quorumShare() + " tổng số thành viên Hội đồng (cần " + d.quorumNeeded()
                + "/" + s.memberCount() + ") theo " + d.ruleSetName()
                + (d.legalBasis() == null || d.legalBasis().isBlank() ? "" : " (" + d.legalBasis() + ")")
                + (d.quorumReached()
                        ? "; cuộc họp đủ điều kiện biểu quyết."
                        : "; cuộc họp không đủ điều kiện biểu quyết.")));
        doc.block(Block.heading("II. NỘI DUNG"));
        doc.block(Block.paragraph(s.agenda()));
        doc.block(
                Block.paragraph(
                        s.mode() == BallotMode.ONLINE
                                ? "Hình thức biểu quyết: bỏ phiếu kín trực tuyến trên Cổng Thi đua – Khen thưởng. Số phiếu phát"
                                        + " ra: " + s.presentCount() + "; số phiếu thu về: " + s.ballotsCast() + "."
                                : "Hình thức biểu quyết: bỏ phiếu kín bằng phiếu giấy; Ban kiểm phiếu kiểm và công bố kết quả."));
        doc.block(Block.heading("III. KẾT QUẢ BỎ PHIẾU"));
        List<List<String>> rows = new ArrayList<>();
        for (CandidateSummary c : d.candidates()) {
            rows.add(List.of(
                    String.valueOf(c.seq()),
                    c.name() + (c.proposer() == null ? "" : "\n" + c.proposer()),
                    c.awardName(),
                    String.valueOf(c.yes()),
                    String.valueOf(c.no()),
                    String.valueOf(c.other()),
                    c.yes() + "/" + c.basisCount() + " (" + c.yesPercent() + ")",
                    c.ruleWords() == null ? "" : c.ruleWords(),
                    Boolean.TRUE.equals(c.passed()) ? "Đạt" : "Không đạt"));
        }
        doc.block(Block.table(new AnnexSection(
                null,
                List.of(
                        "TT",
                        "Họ và tên / Tập thể",
                        "Danh hiệu, hình thức đề nghị",
                        "Đồng ý",
                        "Không đồng ý",
                        "Phiếu trắng, không hợp lệ",
                        "Tỷ lệ đồng ý",
                        "Tiêu chuẩn",
                        "Kết quả"),
                rows)));
        doc.block(Block.heading("IV. KẾT LUẬN"));
        List<CandidateSummary> passed = d.passed();
        if (passed.isEmpty()) {
            doc.block(Block.paragraph("Không có trường hợp nào đạt tỷ lệ phiếu đồng ý theo quy định."));
        } else {
            doc.block(Block.paragraph("Hội đồng thống nhất đề nghị công nhận, khen thưởng " + passed.size()
                    + " trường hợp đạt tỷ lệ phiếu đồng ý theo quy định:"));
            int i = 0;
            for (CandidateSummary c : passed) {
                doc.block(Block.paragraph(++i + ". " + c.name() + " – " + c.awardName() + " (" + c.yes() + "/"
                        + c.basisCount() + " phiếu đồng ý, " + c.yesPercent() + ")."));
            }
        }
        doc.block(Block.paragraph("Biên bản được thông qua tại cuộc họp và được các thành viên có mặt nhất trí."));
        doc.block(Block.centeredBold("THƯ KÝ HỘI ĐỒNG\n\n\n\n" + d.secretaryName()));
        doc.recipient("Hồ sơ đề nghị khen thưởng;");
        doc.recipient("Lưu: VT, HĐTĐKT.");
        doc.signature(new Signature("TM.", "HỘI ĐỒNG", "CHỦ TỊCH", d.chairName()));
        return doc.build();
    }

    static String role(CouncilRole role) {
        return switch (role) {
            case CHAIR -> "Chủ tịch";
            case VICE_CHAIR -> "Phó Chủ tịch";
            case MEMBER -> "Ủy viên";
            case SECRETARY -> "Thư ký";
        };
    }

    private static String longDate(LocalDate date) {
        return date.getDayOfMonth() + " tháng " + date.getMonthValue() + " năm " + date.getYear();
    }
}

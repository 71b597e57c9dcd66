package vn.thidua.document;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.document.OfficialDocument.Annex;
import vn.thidua.document.OfficialDocument.AnnexSection;
import vn.thidua.document.OfficialDocument.Block;
import vn.thidua.document.OfficialDocument.Signature;

/** A realistic school plan, as office staff type it, for the renderer tests. */
final class Plans {

    static final String NUMBER = "Số: 91/KH-MNQT";
    static final String SIGNER = "Nguyễn Thị Hồng Vân";

    static final String BODY =
            """
            Căn cứ Kế hoạch số 125/KH-PGDĐT ngày 05/10/2016 của Phòng GD&ĐT thành phố Thái Nguyên, trường Mầm non \
            Quang Trung xây dựng kế hoạch như sau:
            # I. MỤC ĐÍCH, YÊU CẦU
            **1. Mục đích**
            - Phát hiện, bồi dưỡng, **xây dựng và nhân rộng** các điển hình tiên tiến trong *cán bộ, giáo viên, nhân \
            viên*;
            - Tạo động lực thi đua ++thực hiện thắng lợi++ nhiệm vụ năm học.
            **2. Yêu cầu**
            a) Việc xây dựng điển hình phải _thiết thực, hiệu quả_, tránh hình thức;
            b) Điển hình được lựa chọn phải tiêu biểu, có sức lan tỏa.
            # II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN
            2.1. Đăng ký xây dựng điển hình tiên tiến theo danh sách kèm theo.
            """;

    static final AnnexSection TIMELINE = new AnnexSection(
            null,
            List.of("TT", "Nội dung công việc", "Thời gian", "Người thực hiện"),
            List.of(
                    List.of("1", "Xây dựng kế hoạch, đăng ký điển hình", "Tháng 10/2016", "Hiệu trưởng"),
                    List.of("2", "Sơ kết, rút kinh nghiệm", "Tháng 01/2018", "Ban thi đua"),
                    List.of("3", "Tổng kết, nhân rộng điển hình", "Tháng 5/2020", "Hiệu trưởng, tổ trưởng")));

    private Plans() {}

    /** The plan with {@code members} rows in its annex and {@code extraParagraphs} more paragraphs in its body. */
    static OfficialDocument plan(int members, int extraParagraphs) {
        OfficialDocument.Builder plan = OfficialDocument.builder("Trường Mầm non Quang Trung", "Kế hoạch")
                .parentBody("Phòng GD&ĐT thành phố Thái Nguyên")
                .number(NUMBER)
                .placeAndDate("TP. Thái Nguyên, ngày 20 tháng 10 năm 2016")
                .subject("Xây dựng và nhân rộng điển hình tiên tiến giai đoạn 2016 - 2020")
                .legalBasis("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;");
        MarkdownBlocks.parse(BODY).forEach(plan::block);
        plan.block(Block.table(TIMELINE));
        for (int i = 1; i <= extraParagraphs; i++) {
            plan.block(Block.paragraph("Đoạn bổ sung số " + i + ": các tổ chuyên môn tiếp tục theo dõi, đánh giá và"
                    + " báo cáo kết quả xây dựng điển hình tiên tiến về Ban Giám hiệu hằng tháng."));
        }
        plan.block(MarkdownBlocks.parse("Trên đây là kế hoạch xây dựng điển hình tiên tiến của trường./.")
                        .getFirst())
                .recipient("Phòng GDĐT TPTN (B/c);")
                .recipient("Lưu: VT.")
                .signature(new Signature("", "Hiệu trưởng", null, SIGNER));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("1", "Nguyễn Thị Hằng", "Giáo viên"));
        rows.add(List.of("2", "Trần Thu Trang", "Phó Hiệu trưởng"));
        for (int i = 3; i <= members; i++) {
            rows.add(List.of(String.valueOf(i), "Thành viên số " + i, "Giáo viên"));
        }
        return plan.annex(new Annex(
                        "Danh sách đăng ký xây dựng điển hình tiên tiến",
                        "(Kèm theo Kế hoạch số 91/KH-MNQT ngày 20/10/2016 của Trường Mầm non Quang Trung)",
                        List.of(new AnnexSection(null, List.of("TT", "Họ và tên", "Chức vụ"), rows))))
                .build();
    }

    /** The plan with two annex rows and no extra paragraphs. */
    static OfficialDocument plan() {
        return plan(2, 0);
    }
}

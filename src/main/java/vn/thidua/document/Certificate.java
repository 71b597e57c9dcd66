package vn.thidua.document;

/**
 * The content of one award certificate (giấy khen, danh hiệu), rendered one per page by
 * {@link CertificatePdfRenderer}. Only the award name and the recipient name are required; blank parts are left out.
 *
 * @param issuerLine the issuing body printed at the top left, e.g. "ỦY BAN NHÂN DÂN XÃ PHAN ĐÌNH PHÙNG"
 * @param authorityTitle e.g. "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ PHAN ĐÌNH PHÙNG"
 * @param awardName e.g. "GIẤY KHEN", "DANH HIỆU LAO ĐỘNG TIÊN TIẾN"
 * @param recipientName e.g. "Bà Nguyễn Thị Hằng"
 * @param recipientUnit e.g. "Giáo viên Trường Mầm non Quang Trung"
 * @param achievement e.g. "Đã có thành tích xuất sắc trong năm học 2025-2026"
 * @param decisionLine e.g. "Quyết định số 15/QĐ-UBND ngày 20/6/2026"
 * @param placeAndDate e.g. "Phan Đình Phùng, ngày 20 tháng 6 năm 2026"
 * @param signerTitle e.g. "CHỦ TỊCH"
 * @param signerName e.g. "Trần Văn An"
 */
public record Certificate(
        String issuerLine,
        String authorityTitle,
        String awardName,
        String recipientName,
        String recipientUnit,
        String achievement,
        String decisionLine,
        String placeAndDate,
        String signerTitle,
        String signerName) {

    public Certificate {
        if (awardName == null || awardName.isBlank()) {
            throw new IllegalArgumentException("awardName must not be blank");
        }
        if (recipientName == null || recipientName.isBlank()) {
            throw new IllegalArgumentException("recipientName must not be blank");
        }
    }
}

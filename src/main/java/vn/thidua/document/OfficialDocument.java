package vn.thidua.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The content of an administrative document in the Decree 30/2020 layout: header (parent body, issuer, number, place
 * and date), title, legal bases, body, recipients, signature and annexes. Rendered by {@link DocxRenderer}.
 *
 * @param parentBody the directly superior body, e.g. "UBND XÃ PHAN ĐÌNH PHÙNG"; may be null
 * @param issuer the issuing body, e.g. "PHÒNG VĂN HÓA - XÃ HỘI"
 * @param number the full number line, e.g. "Số: 12/TTr-VHXH" (see {@link DocumentNumbers})
 * @param placeAndDate e.g. "Phan Đình Phùng, ngày 05 tháng 02 năm 2026" (see {@link VietnameseDates})
 * @param documentType e.g. "TỜ TRÌNH", "QUYẾT ĐỊNH"
 * @param subject the summary (trích yếu), e.g. "Về việc đề nghị khen thưởng tổng kết năm học 2025-2026"
 * @param authorityLine the issuing authority printed after the title of a decision; may be null
 * @param legalBases the "Căn cứ ..." lines, punctuation included
 * @param body the body blocks in order
 * @param recipients the "Nơi nhận" items, without the leading dash
 * @param signature the signature block; may be null for an unsigned draft
 * @param annexes lists attached after the document, each on a new page
 */
public record OfficialDocument(
        String parentBody,
        String issuer,
        String number,
        String placeAndDate,
        String documentType,
        String subject,
        String authorityLine,
        List<String> legalBases,
        List<Block> body,
        List<String> recipients,
        Signature signature,
        List<Annex> annexes) {

    public OfficialDocument {
        requireText(issuer, "issuer");
        requireText(documentType, "documentType");
        legalBases = copy(legalBases);
        body = copy(body);
        recipients = copy(recipients);
        annexes = copy(annexes);
    }

    /** A fluent builder; issuer and document type are required, everything else optional. */
    public static Builder builder(String issuer, String documentType) {
        return new Builder(issuer, documentType);
    }

    /** How a body block is laid out. */
    public enum BlockKind {
        /** Bold, left aligned, e.g. "I. MỤC ĐÍCH". */
        HEADING,
        /** Justified with a first-line indent of 1.27 cm. */
        PARAGRAPH,
        /** A paragraph whose leading "Điều N." is bold. */
        ARTICLE,
        /** Bold and centred, e.g. "QUYẾT ĐỊNH:". */
        CENTERED_BOLD
    }

    /** One block of the body; line breaks in the text are kept. */
    public record Block(BlockKind kind, String text) {

        public Block {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }

        public static Block heading(String text) {
            return new Block(BlockKind.HEADING, text);
        }

        public static Block paragraph(String text) {
            return new Block(BlockKind.PARAGRAPH, text);
        }

        public static Block article(String text) {
            return new Block(BlockKind.ARTICLE, text);
        }

        public static Block centeredBold(String text) {
            return new Block(BlockKind.CENTERED_BOLD, text);
        }
    }

    /**
     * The signature block.
     *
     * @param prefix "KT.", "TM.", "TL.", "Q." or empty
     * @param title e.g. "HIỆU TRƯỞNG"
     * @param subTitle the signer's own position when signing on behalf, e.g. "PHÓ HIỆU TRƯỞNG"; may be null
     * @param signerName the signer's full name
     */
    public record Signature(String prefix, String title, String subTitle, String signerName) {

        public Signature {
            prefix = prefix == null ? "" : prefix.strip();
            title = title == null ? "" : title.strip();
            signerName = signerName == null ? "" : signerName.strip();
        }
    }

    /** A list attached to the document, starting on a new page. */
    public record Annex(String title, String subtitle, List<AnnexSection> sections) {

        public Annex {
            requireText(title, "title");
            sections = copy(sections);
        }
    }

    /**
     * One bordered table of an annex, under an optional bold heading. Missing cells are rendered empty.
     *
     * @param heading e.g. "I. TẬP THỂ"; may be null
     * @param columns the header row
     * @param rows the data rows; null cells become empty
     */
    public record AnnexSection(String heading, List<String> columns, List<List<String>> rows) {

        public AnnexSection {
            columns = columns == null ? List.of() : cells(columns);
            rows = rows == null
                    ? List.of()
                    : rows.stream().map(AnnexSection::cells).toList();
        }

        private static List<String> cells(List<String> row) {
            return row == null
                    ? List.of()
                    : row.stream().map(c -> c == null ? "" : c).toList();
        }
    }

    /** Builds an {@link OfficialDocument} step by step. */
    public static final class Builder {
        private final String issuer;
        private final String documentType;
        private String parentBody;
        private String number;
        private String placeAndDate;
        private String subject;
        private String authorityLine;
        private final List<String> legalBases = new ArrayList<>();
        private final List<Block> body = new ArrayList<>();
        private final List<String> recipients = new ArrayList<>();
        private Signature signature;
        private final List<Annex> annexes = new ArrayList<>();

        private Builder(String issuer, String documentType) {
            this.issuer = issuer;
            this.documentType = documentType;
        }

        public Builder parentBody(String parentBody) {
            this.parentBody = parentBody;
            return this;
        }

        public Builder number(String number) {
            this.number = number;
            return this;
        }

        public Builder placeAndDate(String placeAndDate) {
            this.placeAndDate = placeAndDate;
            return this;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder authorityLine(String authorityLine) {
            this.authorityLine = authorityLine;
            return this;
        }

        public Builder legalBasis(String line) {
            legalBases.add(line);
            return this;
        }

        public Builder block(Block block) {
            body.add(block);
            return this;
        }

        public Builder recipient(String recipient) {
            recipients.add(recipient);
            return this;
        }

        public Builder signature(Signature signature) {
            this.signature = signature;
            return this;
        }

        public Builder annex(Annex annex) {
            annexes.add(annex);
            return this;
        }

        public OfficialDocument build() {
            return new OfficialDocument(
                    parentBody,
                    issuer,
                    number,
                    placeAndDate,
                    documentType,
                    subject,
                    authorityLine,
                    legalBases,
                    body,
                    recipients,
                    signature,
                    annexes);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}

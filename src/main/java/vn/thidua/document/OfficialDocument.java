package vn.thidua.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The content of an administrative document in the Decree 30/2020 layout: header (parent body, issuer, number, place
 * and date), title, legal bases, body, recipients, signature and annexes. Rendered by {@link DocxRenderer}, {@link
 * PdfRenderer} and {@link HtmlPreviewRenderer}.
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
        CENTERED_BOLD,
        /** A bordered table with a header row, e.g. the timeline of a plan; see {@link Block#table()}. */
        TABLE
    }

    /**
     * A run of text in one style.
     *
     * @param text the text; line breaks are kept
     * @param bold whether it is bold
     * @param italic whether it is italic
     * @param underline whether it is underlined
     */
    public record Span(String text, boolean bold, boolean italic, boolean underline) {

        public Span {
            Objects.requireNonNull(text, "text");
        }

        /** A span without any style. */
        public static Span plain(String text) {
            return new Span(text, false, false, false);
        }
    }

    /**
     * One block of the body; line breaks in the text are kept.
     *
     * @param kind how the block is laid out
     * @param text the whole text of the block: the spans' texts joined; empty for a table
     * @param spans the text in styled runs; one plain span for a block made from plain text, none for a table
     * @param table the table of a {@link BlockKind#TABLE} block, null for every other kind
     */
    public record Block(BlockKind kind, String text, List<Span> spans, AnnexSection table) {

        /**
         * Checks that the parts agree: a table block has a table and nothing else; any other block has no table, and
         * its text, when given together with spans, is the spans' texts joined. Missing spans become one plain span
         * of the text, a missing text the spans' texts joined.
         */
        public Block {
            Objects.requireNonNull(kind, "kind");
            if (kind == BlockKind.TABLE) {
                Objects.requireNonNull(table, "table");
                if (text != null && !text.isEmpty() || spans != null && !spans.isEmpty()) {
                    throw new IllegalArgumentException("a table block has no text");
                }
                text = "";
                spans = List.of();
            } else {
                if (table != null) {
                    throw new IllegalArgumentException("only a TABLE block has a table");
                }
                if (spans == null || spans.isEmpty()) {
                    Objects.requireNonNull(text, "text");
                    spans = List.of(Span.plain(text));
                } else {
                    spans = List.copyOf(spans);
                    String joined = joined(spans);
                    if (text == null) {
                        text = joined;
                    } else if (!text.equals(joined)) {
                        throw new IllegalArgumentException("text differs from the spans: " + text);
                    }
                }
            }
        }

        /** A block of plain text. */
        public Block(BlockKind kind, String text) {
            this(kind, text, null, null);
        }

        /** A bold left-aligned heading. */
        public static Block heading(String text) {
            return new Block(BlockKind.HEADING, text);
        }

        /** A justified paragraph with a first-line indent. */
        public static Block paragraph(String text) {
            return new Block(BlockKind.PARAGRAPH, text);
        }

        /** An article, "Điều N. ...", whose leading "Điều N." is printed bold. */
        public static Block article(String text) {
            return new Block(BlockKind.ARTICLE, text);
        }

        /** A bold centred line, e.g. "QUYẾT ĐỊNH:". */
        public static Block centeredBold(String text) {
            return new Block(BlockKind.CENTERED_BOLD, text);
        }

        /** A block of styled spans; its text is their texts joined. Not for {@link BlockKind#TABLE}. */
        public static Block rich(BlockKind kind, List<Span> spans) {
            Objects.requireNonNull(spans, "spans");
            if (kind == BlockKind.TABLE) {
                throw new IllegalArgumentException("a table block is made by Block.table");
            }
            return new Block(kind, spans.isEmpty() ? "" : null, spans, null);
        }

        /** A bordered table in the body, under the section's optional bold heading. */
        public static Block table(AnnexSection table) {
            return new Block(BlockKind.TABLE, null, null, table);
        }

        private static String joined(List<Span> spans) {
            StringBuilder text = new StringBuilder();
            for (Span span : spans) {
                text.append(Objects.requireNonNull(span, "span").text());
            }
            return text.toString();
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
     * One bordered table of an annex or of the body, under an optional bold heading. Missing cells are rendered empty.
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

package vn.thidua.document;

/** The "Số: 07/QĐ-UBND" line of an official document: number, type abbreviation and issuer abbreviation. */
public final class DocumentNumbers {

    /** The gap left for the number of a draft, filled in by hand when the document is registered. */
    private static final String BLANK_NUMBER = "      ";

    private DocumentNumbers() {}

    /** "Số: 07/QĐ-UBND"; numbers below 10 take a leading zero. */
    public static String format(int number, String typeAbbreviation, String issuerAbbreviation) {
        if (number < 1) {
            throw new IllegalArgumentException("number must be positive: " + number);
        }
        return "Số: " + "%02d".formatted(number) + "/" + symbol(typeAbbreviation, issuerAbbreviation);
    }

    /** "Số:      /TTr-VHXH", for a draft not yet numbered. */
    public static String formatBlank(String typeAbbreviation, String issuerAbbreviation) {
        return "Số:" + BLANK_NUMBER + "/" + symbol(typeAbbreviation, issuerAbbreviation);
    }

    private static String symbol(String type, String issuer) {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("type abbreviation is required");
        }
        return issuer == null || issuer.isBlank() ? type.strip() : type.strip() + "-" + issuer.strip();
    }
}

package vn.thidua.numbering;

/** A numbering series of an issuer: the unit's own documents, or its emulation council's. */
public enum NumberSeries {
    /** Documents issued by the unit itself ("Số: 91/KH-MNQT"). */
    UNIT,
    /** Documents issued by the unit's emulation council under the unit's seal ("Số: 05/KH-HĐTĐKT"). */
    COUNCIL;

    /** The issuer part of the symbol for this series: the unit's abbreviation, or the council's. */
    public String issuerSymbol(String unitSymbol) {
        return this == COUNCIL ? COUNCIL_SYMBOL : unitSymbol;
    }

    /** The symbol of a unit's emulation council. */
    public static final String COUNCIL_SYMBOL = "HĐTĐKT";
}

package vn.thidua.catalogue;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Set;

/**
 * One title or award form of the catalogue (names are data, in both languages). {@code rank}: higher is the
 * higher award of its kind and subject; {@code scarce}: upper units usually allot quotas for it.
 */
public record AwardTypeSummary(
        String code,
        AwardKind kind,
        Subject subject,
        String nameVi,
        String nameEn,
        int rank,
        BigDecimal coefficient,
        Set<DossierPart> requires,
        boolean scarce) {

    /**
     * The legal order of lists and ceremonies (ND 152 Art 29–30): titles before award forms, collectives before
     * individuals, higher awards first.
     */
    public static final Comparator<AwardTypeSummary> LEGAL_ORDER = Comparator.comparing(AwardTypeSummary::kind)
            .thenComparing(AwardTypeSummary::subject)
            .thenComparing(Comparator.comparingInt(AwardTypeSummary::rank).reversed());

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}

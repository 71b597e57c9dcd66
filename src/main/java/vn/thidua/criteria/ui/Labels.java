package vn.thidua.criteria.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import vn.thidua.criteria.Criterion;
import vn.thidua.criteria.ScoringType;

/** Shared labels of the criteria views. */
final class Labels {

    private Labels() {}

    static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    /** "Tối đa 30 điểm · cần minh chứng", "Trừ 5 điểm/lần, tối đa 20 điểm" … */
    static String criterionHelp(Component c, Criterion cr) {
        String base = cr.type() == ScoringType.DEDUCTION
                ? c.getTranslation("criteria.help.DEDUCTION", plain(cr.perOccurrence()), plain(cr.maxPoints()))
                : c.getTranslation("criteria.help." + cr.type().name(), plain(cr.maxPoints()));
        return cr.evidenceRequired() ? base + " · " + c.getTranslation("criteria.help.evidence") : base;
    }
}

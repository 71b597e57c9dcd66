package vn.thidua.criteria.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import vn.thidua.criteria.Criterion;
import vn.thidua.criteria.Evidence;
import vn.thidua.criteria.ScoringType;
import vn.thidua.identity.CurrentUser;
import vn.thidua.submission.FileContent;
import vn.thidua.submission.FileService;

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

    /** Download links of a card's evidence files (opened through the file service: the unit's own files only). */
    static Span evidence(List<Evidence> evidence, FileService files) {
        Span box = new Span();
        long unit = CurrentUser.require().activeUnitId();
        for (Evidence e : evidence) {
            Anchor a = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        FileContent f = files.open(e.fileId(), unit);
                        return new DownloadResponse(
                                new ByteArrayInputStream(f.bytes()), f.fileName(), f.contentType(), f.bytes().length);
                    }),
                    e.fileName());
            a.getElement().setAttribute("download", true);
            a.getStyle().set("margin-right", "var(--lumo-space-s)");
            box.add(a);
        }
        return box;
    }
}

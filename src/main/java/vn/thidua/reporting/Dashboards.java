package vn.thidua.reporting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.catalogue.CatalogueService;
import vn.thidua.document.XlsxRenderer;
import vn.thidua.document.XlsxTable;
import vn.thidua.exemplar.ExemplarStage;
import vn.thidua.shared.Dates;

/**
 * The tables of a dashboard, built once from the read model and shown, charted and exported alike (the XLSX export
 * is these very tables). Province and office dashboards: awards by child unit (drill-down), by title / award form,
 * by school type, over the years, and submission timeliness by child unit; a school's: its awards.
 */
@Service
@Transactional(readOnly = true)
public class Dashboards {

    /** Bars in a chart by unit: the units with the largest numbers (the table lists them all). */
    static final int CHARTED = 15;

    private final ReportingService reporting;
    private final CatalogueService catalogue;
    private final MessageSource messages;

    Dashboards(ReportingService reporting, CatalogueService catalogue, MessageSource messages) {
        this.reporting = reporting;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    /** The dashboard of {@code unitId} (null = the active unit) for a school year (null = the latest with data). */
    @PreAuthorize("hasRole('REPORT_VIEW')")
    public Dashboard build(Long unitId, String schoolYear, Locale locale) {
        Scope scope = reporting.scope(unitId);
        List<String> years = reporting.schoolYearsIn(scope);
        String year =
                schoolYear != null ? schoolYear : years.isEmpty() ? Dates.schoolYear(Dates.today()) : years.getFirst();
        List<ReportTable> tables = new ArrayList<>();
        if (scope.hasChildren()) {
            tables.add(byChildTable(reporting.awardsByChildIn(scope, year), year, locale));
            tables.add(timelinessTable(reporting.timelinessIn(scope, year), year, locale));
        }
        tables.add(
                breakdownTable("byCode", reporting.awardsByCodeIn(scope, year, locale), year, ChartKind.BAR, locale));
        if (scope.hasChildren()) {
            tables.add(breakdownTable(
                    "bySchoolType", reporting.awardsBySchoolTypeIn(scope, year), year, ChartKind.DOUGHNUT, locale));
        }
        tables.add(breakdownTable("trend", reporting.awardTrendIn(scope), null, ChartKind.LINE, locale));
        ReportingService.ExemplarFigures exemplars = reporting.exemplarsIn(scope, year, locale);
        tables.add(exemplarsTable(exemplars.byChild(), year, locale));
        tables.add(breakdownTable(
                "exemplarFields", "report.col.exemplars", exemplars.byField(), year, ChartKind.DOUGHNUT, locale));
        if (scope.level() > 0) { // the department sends nothing up
            tables.add(sentTable(scope, reporting.sentByIn(scope, year), year, locale));
        }
        return new Dashboard(scope, year, years, tables);
    }

    /** The dashboard's tables as one XLSX workbook, one sheet per table — the numbers on the screen. */
    @PreAuthorize("hasRole('REPORT_VIEW')")
    public byte[] xlsx(Dashboard dashboard, Locale locale) {
        String unit = dashboard.scope().unitName();
        return XlsxRenderer.render(dashboard.tables().stream()
                .map(t -> new XlsxTable(t.title(), List.of(unit, t.title()), t.columns(), t.rows(), null))
                .toList());
    }

    private ReportTable byChildTable(List<UnitAwards> rows, String year, Locale locale) {
        Set<String> codes = new LinkedHashSet<>();
        catalogue.awardTypes(Dates.today()).forEach(a -> {
            if (rows.stream().anyMatch(r -> r.count(a.code()) > 0)) {
                codes.add(a.code());
            }
        });
        rows.forEach(r -> codes.addAll(r.counts().keySet()));
        List<String> columns = new ArrayList<>();
        columns.add(text("report.col.unit", locale));
        columns.add(text("report.col.total", locale));
        codes.forEach(c -> columns.add(catalogue.get(c).name(locale)));
        List<List<String>> cells = new ArrayList<>();
        List<Long> drill = new ArrayList<>();
        for (UnitAwards r : rows) {
            List<String> line = new ArrayList<>();
            line.add(r.self() ? r.unitName() + " " + text("report.ownStaff", locale) : r.unitName());
            line.add(String.valueOf(r.total()));
            codes.forEach(c -> line.add(String.valueOf(r.count(c))));
            cells.add(line);
            drill.add(r.self() ? null : r.unitId());
        }
        List<UnitAwards> charted = rows.stream()
                .sorted((a, b) -> Long.compare(b.total(), a.total()))
                .limit(CHARTED)
                .toList();
        List<ChartSeries> series = codes.stream()
                .map(c -> new ChartSeries(
                        catalogue.get(c).name(locale),
                        charted.stream().map(r -> r.count(c)).toList()))
                .toList();
        return new ReportTable(
                "byChild",
                text("report.byChild", locale, year),
                columns,
                cells,
                drill,
                new ChartSpec(
                        ChartKind.STACKED_BAR,
                        charted.stream().map(UnitAwards::unitName).toList(),
                        series));
    }

    private ReportTable timelinessTable(List<Timeliness> rows, String year, Locale locale) {
        List<String> columns = List.of(
                text("report.col.unit", locale),
                text("report.col.sent", locale),
                text("report.col.onTime", locale),
                text("report.col.late", locale),
                text("report.col.returned", locale),
                text("report.col.accepted", locale));
        List<List<String>> cells = new ArrayList<>();
        List<Long> drill = new ArrayList<>();
        for (Timeliness t : rows) {
            cells.add(List.of(
                    t.unitName(),
                    String.valueOf(t.sent()),
                    String.valueOf(t.onTime()),
                    String.valueOf(t.late()),
                    String.valueOf(t.returned()),
                    String.valueOf(t.accepted())));
            drill.add(t.unitId());
        }
        List<Timeliness> charted = rows.stream() // the units that sent most (as many bars as can be read)
                .sorted((a, b) -> Long.compare(b.sent(), a.sent()))
                .limit(CHARTED)
                .toList();
        return new ReportTable(
                "timeliness",
                text("report.timeliness", locale, year),
                columns,
                cells,
                drill,
                new ChartSpec(
                        ChartKind.STACKED_BAR,
                        charted.stream().map(Timeliness::unitName).toList(),
                        List.of(
                                new ChartSeries(
                                        text("report.col.onTime", locale),
                                        charted.stream().map(Timeliness::onTime).toList()),
                                new ChartSeries(
                                        text("report.col.late", locale),
                                        charted.stream().map(Timeliness::late).toList()))));
    }

    private ReportTable sentTable(Scope scope, List<SentSubmission> rows, String year, Locale locale) {
        List<String> columns = List.of(
                text("report.col.round", locale),
                text("report.col.deadline", locale),
                text("report.col.firstSent", locale),
                text("report.col.status", locale),
                text("report.col.items", locale));
        List<List<String>> cells = new ArrayList<>();
        List<Long> drill = new ArrayList<>();
        for (SentSubmission s : rows) {
            cells.add(List.of(
                    s.roundName(),
                    s.deadline() == null ? "—" : Dates.format(s.deadline()),
                    Dates.format(s.firstSentOn()) + (s.late() ? " — " + text("report.col.late", locale) : ""),
                    text("report.status." + s.status(), locale) + " (" + s.versionNo() + ")",
                    String.valueOf(s.items())));
            drill.add(null);
        }
        return new ReportTable(
                "sent",
                text("report.sent", locale, scope.unitName(), year),
                columns,
                cells,
                drill,
                new ChartSpec(ChartKind.BAR, List.of(), List.of()));
    }

    private ReportTable breakdownTable(String id, List<Breakdown> rows, String year, ChartKind kind, Locale locale) {
        return breakdownTable(id, "report.col.awards", rows, year, kind, locale);
    }

    private ReportTable breakdownTable(
            String id, String valueColumn, List<Breakdown> rows, String year, ChartKind kind, Locale locale) {
        List<String> columns = List.of(text("report.col." + id, locale), text(valueColumn, locale));
        List<List<String>> cells = rows.stream()
                .map(b -> List.of(b.label(), String.valueOf(b.value())))
                .toList();
        List<Long> drill = new ArrayList<>();
        rows.forEach(b -> drill.add(null));
        return new ReportTable(
                id,
                year == null ? text("report." + id, locale) : text("report." + id, locale, year),
                columns,
                cells,
                drill,
                new ChartSpec(
                        kind,
                        rows.stream().map(Breakdown::label).toList(),
                        List.of(new ChartSeries(
                                text(valueColumn, locale),
                                rows.stream().map(Breakdown::value).toList()))));
    }

    /**
     * Exemplars of the phases overlapping the year by unit (drill-down rows): by the stage reached, and the
     * replication reach; a total line when there is more than one unit.
     */
    private ReportTable exemplarsTable(List<UnitExemplars> rows, String year, Locale locale) {
        List<String> columns = new ArrayList<>(List.of(
                text("report.col.unit", locale),
                text("report.col.exemplars", locale),
                text("exemplar.stage.none", locale)));
        for (ExemplarStage stage : ExemplarStage.values()) {
            columns.add(text("exemplar.stage." + stage.name(), locale));
        }
        columns.addAll(List.of(
                text("report.col.participants", locale),
                text("report.col.unitsReached", locale),
                text("report.col.learnings", locale)));
        List<List<String>> cells = new ArrayList<>();
        List<Long> drill = new ArrayList<>();
        for (UnitExemplars r : rows) {
            cells.add(exemplarLine(r.self() ? r.unitName() + " " + text("report.ownStaff", locale) : r.unitName(), r));
            drill.add(r.self() ? null : r.unitId());
        }
        if (rows.size() > 1) {
            long[] byStage = new long[ExemplarStage.values().length + 1];
            rows.forEach(r -> {
                for (int i = 0; i < byStage.length; i++) {
                    byStage[i] += r.byStage().get(i);
                }
            });
            cells.add(exemplarLine(
                    text("report.col.grandTotal", locale),
                    new UnitExemplars(
                            0,
                            "",
                            false,
                            rows.stream().mapToLong(UnitExemplars::exemplars).sum(),
                            java.util.Arrays.stream(byStage).boxed().toList(),
                            rows.stream().mapToLong(UnitExemplars::participants).sum(),
                            rows.stream().mapToLong(UnitExemplars::unitsReached).sum(),
                            rows.stream().mapToLong(UnitExemplars::learnings).sum())));
            drill.add(null);
        }
        List<UnitExemplars> charted = rows.stream()
                .sorted((a, b) -> Long.compare(b.exemplars(), a.exemplars()))
                .limit(CHARTED)
                .toList();
        List<ChartSeries> series = new ArrayList<>();
        for (int i = 0; i <= ExemplarStage.values().length; i++) {
            int stage = i;
            series.add(new ChartSeries(
                    stage == 0
                            ? text("exemplar.stage.none", locale)
                            : text("exemplar.stage." + ExemplarStage.values()[stage - 1].name(), locale),
                    charted.stream().map(r -> r.byStage().get(stage)).toList()));
        }
        return new ReportTable(
                "exemplars",
                text("report.exemplars", locale, year),
                columns,
                cells,
                drill,
                new ChartSpec(
                        ChartKind.STACKED_BAR,
                        charted.stream().map(UnitExemplars::unitName).toList(),
                        series));
    }

    private static List<String> exemplarLine(String label, UnitExemplars r) {
        List<String> line = new ArrayList<>();
        line.add(label);
        line.add(String.valueOf(r.exemplars()));
        r.byStage().forEach(n -> line.add(String.valueOf(n)));
        line.add(String.valueOf(r.participants()));
        line.add(String.valueOf(r.unitsReached()));
        line.add(String.valueOf(r.learnings()));
        return line;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A dashboard: what it covers, the year shown, the years with data, its tables. */
    public record Dashboard(Scope scope, String schoolYear, List<String> schoolYears, List<ReportTable> tables) {}

    /**
     * One table of a dashboard, as shown and exported.
     *
     * @param id a stable id (for the view's element ids)
     * @param drill the unit of each row to drill into, or null
     * @param chart how to chart it
     */
    public record ReportTable(
            String id,
            String title,
            List<String> columns,
            List<List<String>> rows,
            List<Long> drill,
            ChartSpec chart) {}

    /** How a table is charted. */
    public record ChartSpec(ChartKind kind, List<String> labels, List<ChartSeries> series) {}

    public record ChartSeries(String label, List<Long> values) {}

    public enum ChartKind {
        BAR,
        STACKED_BAR,
        LINE,
        DOUGHNUT
    }
}

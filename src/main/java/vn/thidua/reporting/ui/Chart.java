package vn.thidua.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chart drawn in the browser by Chart.js 4 (the custom element {@code <thidua-chart>} in
 * {@code frontend/thidua-chart.js}). Callers pass immutable data through the static factories and never write
 * JavaScript; the element gets a plain-data Chart.js configuration as its {@code config} property and applies the
 * colours of a fixed accessible palette, sizing and fonts itself. The configuration is sent once, with the response
 * after the chart is attached, and not kept in the session (ADR 0011, "Render once"): a chart detached and attached
 * again would be blank, so views build new charts instead of moving them.
 *
 * <p>The title is drawn by Chart.js and is also the host's accessible name ({@code role="img"},
 * {@code aria-label}). The chart fills the host, 320&nbsp;px high unless {@link #setHeight(String)} says otherwise.
 * A {@code null} value is a gap (no bar, a break in a line).
 */
@Tag("thidua-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./thidua-chart.js")
public class Chart extends Component implements HasSize {

    /** Height of a chart whose height was not set. */
    public static final String DEFAULT_HEIGHT = "320px";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One named series of values, one value per label ({@code null} for none). */
    public record Series(String label, List<? extends Number> values) {
        public Series {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(values, "values");
            values = Collections.unmodifiableList(new ArrayList<Number>(values));
        }
    }

    private enum Kind {
        BAR,
        STACKED_BAR,
        HORIZONTAL_BAR,
        LINE,
        DOUGHNUT
    }

    private String configJson;

    private Chart(String title, List<String> labels, List<Series> series, Kind kind) {
        Objects.requireNonNull(title, "title");
        List<String> categories = List.copyOf(Objects.requireNonNull(labels, "labels"));
        List<Series> data = List.copyOf(Objects.requireNonNull(series, "series"));
        for (Series s : data) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series '" + s.label() + "' has "
                        + s.values().size() + " values for " + categories.size() + " labels");
            }
        }
        ObjectNode config = config(title, categories, data, kind);
        this.configJson = JSON.writeValueAsString(config);
        getElement().executeJs("this.config = $0", configJson);
        addAttachListener(e -> e.getUI().beforeClientResponse(this, context -> configJson = null));
        getElement().setAttribute("role", "img");
        if (!title.isBlank()) {
            getElement().setAttribute("aria-label", title);
        }
        setHeight(DEFAULT_HEIGHT);
    }

    /** Vertical bars, one bar per series side by side for each label. */
    public static Chart bar(String title, List<String> labels, List<Series> series) {
        return new Chart(title, labels, series, Kind.BAR);
    }

    /** Vertical bars, the series stacked on each other for each label. */
    public static Chart stackedBar(String title, List<String> labels, List<Series> series) {
        return new Chart(title, labels, series, Kind.STACKED_BAR);
    }

    /** Horizontal bars (labels on the vertical axis) — suited to long unit names. */
    public static Chart horizontalBar(String title, List<String> labels, List<Series> series) {
        return new Chart(title, labels, series, Kind.HORIZONTAL_BAR);
    }

    /** One line per series across the labels (e.g. school years), the value axis starting at zero. */
    public static Chart line(String title, List<String> labels, List<Series> series) {
        return new Chart(title, labels, series, Kind.LINE);
    }

    /** Shares of a whole: one slice per label. */
    public static Chart doughnut(String title, List<String> labels, List<? extends Number> values) {
        return new Chart(title, labels, List.of(new Series(title, values)), Kind.DOUGHNUT);
    }

    /**
     * The Chart.js configuration to be sent to the browser (data only: no colours, no functions); null once sent.
     */
    public String configJson() {
        return configJson;
    }

    private static ObjectNode config(String title, List<String> labels, List<Series> series, Kind kind) {
        ObjectNode config = JSON.createObjectNode();
        config.put(
                "type",
                switch (kind) {
                    case BAR, STACKED_BAR, HORIZONTAL_BAR -> "bar";
                    case LINE -> "line";
                    case DOUGHNUT -> "doughnut";
                });

        ObjectNode data = config.putObject("data");
        ArrayNode labelsNode = data.putArray("labels");
        labels.forEach(labelsNode::add);
        ArrayNode datasets = data.putArray("datasets");
        for (Series s : series) {
            ObjectNode dataset = datasets.addObject();
            dataset.put("label", s.label());
            ArrayNode values = dataset.putArray("data");
            s.values().forEach(value -> addNumber(values, value));
        }

        ObjectNode options = config.putObject("options");
        ObjectNode plugins = options.putObject("plugins");
        plugins.putObject("title").put("display", !title.isBlank()).put("text", title);
        plugins.putObject("legend").put("display", kind == Kind.DOUGHNUT || series.size() > 1);
        switch (kind) {
            case HORIZONTAL_BAR -> options.put("indexAxis", "y");
            case STACKED_BAR -> {
                ObjectNode scales = options.putObject("scales");
                scales.putObject("x").put("stacked", true);
                scales.putObject("y").put("stacked", true);
            }
            case LINE -> options.putObject("scales").putObject("y").put("beginAtZero", true);
            default -> {}
        }
        boolean counts = series.stream()
                .flatMap(s -> s.values().stream())
                .allMatch(v -> v == null
                        || v instanceof Integer
                        || v instanceof Long
                        || v instanceof Short
                        || v instanceof Byte
                        || v instanceof BigInteger);
        if (counts && kind != Kind.DOUGHNUT) { // whole numbers: no "0.5" ticks on the value axis
            ObjectNode scales =
                    options.has("scales") ? (ObjectNode) options.get("scales") : options.putObject("scales");
            String axis = kind == Kind.HORIZONTAL_BAR ? "x" : "y";
            ObjectNode valueAxis = scales.has(axis) ? (ObjectNode) scales.get(axis) : scales.putObject(axis);
            valueAxis.putObject("ticks").put("precision", 0);
        }
        return config;
    }

    private static void addNumber(ArrayNode array, Number value) {
        switch (value) {
            case null -> array.addNull();
            case BigDecimal d -> array.add(d);
            case BigInteger i -> array.add(i);
            case Integer i -> array.add(i.intValue());
            case Long l -> array.add(l.longValue());
            case Short s -> array.add(s.intValue());
            case Byte b -> array.add(b.intValue());
            default -> {
                double d = value.doubleValue();
                if (Double.isFinite(d)) {
                    array.add(d);
                } else {
                    array.addNull();
                }
            }
        }
    }
}

package vn.thidua.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.reporting.ui.Chart.Series;

class ChartTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final List<String> UNITS =
            List.of("Trường MN Quang Trung", "Trường TH Trưng Vương", "Trường THCS Nha Trang");

    static JsonNode config(Chart chart) {
        return JSON.readTree(chart.configJson());
    }

    @Test
    void barChartCarriesLabelsDatasetsAndTitle() {
        Chart chart = Chart.bar(
                "Số hồ sơ đề nghị theo đơn vị",
                UNITS,
                List.of(new Series("Đã gửi", List.of(3, 5, 0)), new Series("Được chấp nhận", List.of(2L, 4L, 0L))));

        JsonNode config = config(chart);
        assertThat(config.path("type").asString()).isEqualTo("bar");
        assertThat(config.path("data").path("labels").values())
                .extracting(JsonNode::asString)
                .containsExactlyElementsOf(UNITS);
        JsonNode datasets = config.path("data").path("datasets");
        assertThat(datasets.size()).isEqualTo(2);
        assertThat(datasets.get(0).path("label").asString()).isEqualTo("Đã gửi");
        assertThat(datasets.get(0).path("data").toString()).isEqualTo("[3,5,0]");
        assertThat(datasets.get(1).path("label").asString()).isEqualTo("Được chấp nhận");
        assertThat(datasets.get(1).path("data").toString()).isEqualTo("[2,4,0]");
        JsonNode plugins = config.path("options").path("plugins");
        assertThat(plugins.path("title").path("display").asBoolean()).isTrue();
        assertThat(plugins.path("title").path("text").asString()).isEqualTo("Số hồ sơ đề nghị theo đơn vị");
        assertThat(plugins.path("legend").path("display").asBoolean()).isTrue();
        assertThat(config.at("/options/scales/y/stacked").isMissingNode()).isTrue();
        assertThat(config.at("/options/scales/y/ticks/precision").asInt(-1)).isZero();
        assertThat(config.path("options").has("indexAxis")).isFalse();
    }

    @Test
    void stackedBarStacksBothAxes() {
        JsonNode config = config(Chart.stackedBar(
                "Danh hiệu theo năm học",
                List.of("2024-2025", "2025-2026"),
                List.of(
                        new Series("Lao động tiên tiến", List.of(40, 42)),
                        new Series("Chiến sĩ thi đua cơ sở", List.of(6, 7)))));

        assertThat(config.path("type").asString()).isEqualTo("bar");
        JsonNode scales = config.path("options").path("scales");
        assertThat(scales.path("x").path("stacked").asBoolean()).isTrue();
        assertThat(scales.path("y").path("stacked").asBoolean()).isTrue();
        assertThat(config.path("options").has("indexAxis")).isFalse();
    }

    @Test
    void horizontalBarPutsTheLabelsOnTheVerticalAxis() {
        JsonNode config = config(Chart.horizontalBar(
                "Tỷ lệ đơn vị đã ban hành kế hoạch thực hiện",
                UNITS,
                List.of(new Series("Tỷ lệ (%)", List.of(new BigDecimal("100.0"), 87.5, 0)))));

        assertThat(config.path("type").asString()).isEqualTo("bar");
        assertThat(config.path("options").path("indexAxis").asString()).isEqualTo("y");
        assertThat(config.path("data").path("datasets").get(0).path("data").toString())
                .isEqualTo("[100.0,87.5,0]");
        // a single series needs no legend
        assertThat(config.path("options")
                        .path("plugins")
                        .path("legend")
                        .path("display")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void lineStartsAtZeroAndKeepsGaps() {
        JsonNode config = config(Chart.line(
                "Số giáo viên đạt Chiến sĩ thi đua cơ sở",
                List.of("2023-2024", "2024-2025", "2025-2026"),
                List.of(new Series("Phường Phan Đình Phùng", Arrays.asList(12, null, 15)))));

        assertThat(config.path("type").asString()).isEqualTo("line");
        assertThat(config.path("options")
                        .path("scales")
                        .path("y")
                        .path("beginAtZero")
                        .asBoolean())
                .isTrue();
        assertThat(config.path("data").path("datasets").get(0).path("data").toString())
                .isEqualTo("[12,null,15]");
    }

    @Test
    void doughnutHasOneSlicePerLabelAndALegend() {
        Chart chart = Chart.doughnut(
                "Cơ cấu hình thức khen thưởng",
                List.of("Giấy khen", "Bằng khen", "Cờ thi đua"),
                List.of(30, 8, Double.NaN));

        JsonNode config = config(chart);
        assertThat(config.path("type").asString()).isEqualTo("doughnut");
        JsonNode datasets = config.path("data").path("datasets");
        assertThat(datasets.size()).isEqualTo(1);
        assertThat(datasets.get(0).path("data").toString()).isEqualTo("[30,8,null]");
        assertThat(config.path("data").path("labels").get(2).asString()).isEqualTo("Cờ thi đua");
        assertThat(config.path("options")
                        .path("plugins")
                        .path("legend")
                        .path("display")
                        .asBoolean())
                .isTrue();
        assertThat(config.path("options").has("scales")).isFalse();
    }

    @Test
    void vietnameseTextSurvivesAsUnicodeInTheJsonAndTheElement() {
        String title = "Thống kê khen thưởng – Sở GD&ĐT Thái Nguyên";
        Chart chart = Chart.bar(title, List.of("Ủy ban nhân dân xã Tân Hộ Cơ"), List.of(new Series("Đạt", List.of(1))));

        assertThat(chart.configJson()).contains(title).contains("Ủy ban nhân dân xã Tân Hộ Cơ");
        assertThat(chart.configJson().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .asString(java.nio.charset.StandardCharsets.UTF_8)
                .contains("Tân Hộ Cơ");
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo(title);
        assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(JSON.readTree(chart.configJson())
                        .path("options")
                        .path("plugins")
                        .path("title")
                        .path("text")
                        .asString())
                .isEqualTo(title);
    }

    @Test
    void configIsNotAPropertyAndTheHeightDefaultsTo320px() {
        Chart chart = Chart.line("Xu hướng", List.of("A", "B"), List.of(new Series("S", List.of(1, 2))));
        String json = chart.configJson();

        assertThat(chart.getElement().getTag()).isEqualTo("thidua-chart");
        assertThat(chart.getHeight()).isEqualTo("320px");
        chart.setHeight("24rem");
        assertThat(chart.getHeight()).isEqualTo("24rem");
        assertThat(chart.getElement().getStyle().get("height")).isEqualTo("24rem");

        assertThat(json).contains("Xu hướng");
        assertThat(chart.getElement().getPropertyRaw("config"))
                .as("sent by a call, not kept as a property")
                .isNull();
    }

    @Test
    void countsGetWholeNumberTicks() {
        JsonNode counts = config(Chart.bar("A", List.of("x"), List.of(new Series("S", List.of(1L)))));
        assertThat(counts.at("/options/scales/y/ticks/precision").asInt(-1)).isZero();
        JsonNode shares = config(Chart.bar("A", List.of("x"), List.of(new Series("S", List.of(0.5)))));
        assertThat(shares.at("/options/scales/y/ticks/precision").isMissingNode())
                .isTrue();
    }

    @Test
    void declaresChartJs451AndItsModule() {
        NpmPackage npm = Chart.class.getAnnotation(NpmPackage.class);
        assertThat(npm.value()).isEqualTo("chart.js");
        assertThat(npm.version()).isEqualTo("4.5.1");
        assertThat(Chart.class.getAnnotation(JsModule.class).value()).isEqualTo("./thidua-chart.js");
    }

    @Test
    void blankTitleHidesTheTitleAndSetsNoAccessibleNameFromIt() {
        Chart chart = Chart.bar("", List.of("A"), List.of(new Series("S", List.of(1))));
        assertThat(config(chart)
                        .path("options")
                        .path("plugins")
                        .path("title")
                        .path("display")
                        .asBoolean())
                .isFalse();
        assertThat(chart.getElement().hasAttribute("aria-label")).isFalse();
    }

    @Test
    void inputIsCopiedAndChecked() {
        List<Integer> values = new java.util.ArrayList<>(List.of(1, 2));
        Series series = new Series("S", values);
        values.set(0, 99);
        assertThat(List.<Number>copyOf(series.values())).containsExactly(1, 2);
        assertThatThrownBy(() -> series.values().clear()).isInstanceOf(UnsupportedOperationException.class);

        assertThatThrownBy(() -> Chart.bar("T", List.of("A", "B", "C"), List.of(series)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 values for 3 labels");
        assertThatThrownBy(() -> Chart.line(null, List.of(), List.of())).isInstanceOf(NullPointerException.class);
    }
}

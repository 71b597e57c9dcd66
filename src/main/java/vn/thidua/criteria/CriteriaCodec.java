package vn.thidua.criteria;

import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes the JSON columns of criteria sets, score sheets and score cards. */
@Component
class CriteriaCodec {

    private static final TypeReference<List<Criterion>> CRITERIA = new TypeReference<>() {};
    private static final TypeReference<List<ScoreLine>> LINES = new TypeReference<>() {};

    /** The settings of a score sheet kept as one JSON column. */
    record SheetSettings(
            List<Period> periods, Aggregation aggregation, Integer divisor, List<Band> bands, Integer reviewDay) {}

    private final JsonMapper json;

    CriteriaCodec(JsonMapper json) {
        this.json = json;
    }

    List<Criterion> criteria(String content) {
        return content == null || content.isBlank() ? List.of() : json.readValue(content, CRITERIA);
    }

    String writeCriteria(List<Criterion> criteria) {
        return json.writeValueAsString(criteria);
    }

    SheetSettings settings(String content) {
        return json.readValue(content, SheetSettings.class);
    }

    String writeSettings(SheetSettings settings) {
        return json.writeValueAsString(settings);
    }

    List<ScoreLine> lines(String content) {
        return content == null || content.isBlank() ? List.of() : json.readValue(content, LINES);
    }

    String writeLines(List<ScoreLine> lines) {
        return json.writeValueAsString(lines);
    }
}

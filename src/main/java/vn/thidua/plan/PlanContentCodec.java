package vn.thidua.plan;

import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes the JSON bodies of plans, templates and movement milestones. */
@Component
class PlanContentCodec {

    private static final TypeReference<List<Milestone>> MILESTONES = new TypeReference<>() {};

    private final JsonMapper json;

    PlanContentCodec(JsonMapper json) {
        this.json = json;
    }

    PlanContent read(String content) {
        return content == null || content.isBlank() ? PlanContent.empty() : json.readValue(content, PlanContent.class);
    }

    String write(PlanContent content) {
        return json.writeValueAsString(content);
    }

    List<Milestone> milestones(String content) {
        return content == null || content.isBlank() ? List.of() : json.readValue(content, MILESTONES);
    }

    String writeMilestones(List<Milestone> milestones) {
        return json.writeValueAsString(milestones);
    }

    <T> T read(byte[] content, Class<T> type) {
        return json.readValue(content, type);
    }
}

package vn.thidua.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What the movement form saves. */
public record MovementData(
        @Size(max = 500) String name,
        @NotNull MovementKind kind,
        int startYear,
        int endYear,
        String description,
        String targets,
        List<Milestone> milestones,
        long version) {

    public MovementData {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }
}

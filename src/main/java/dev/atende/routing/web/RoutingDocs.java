package dev.atende.routing.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * Request bodies of the routing API as the OpenAPI description shows them (the controllers read
 * bodies field by field, to tell "absent" from "null" and report every bad field at once).
 */
final class RoutingDocs {

    private RoutingDocs() {
    }

    @Schema(name = "CategoryBody", description = "On PATCH only the fields present change; null clears parent and group")
    record CategoryBody(
            @Schema(maxLength = 100, description = "required on create; no '>'") String name,
            @Schema(nullable = true, description = "parent category id; never itself or a descendant") Long parent,
            @Schema(nullable = true, description = "default group id for its tickets") Long group,
            @Schema(minimum = "1", maximum = "3", defaultValue = "1") Integer complexity,
            @Schema(description = "skill ids, at most 20") List<Long> requiredSkills) {
    }

    @Schema(name = "NewSkill")
    record SkillBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 64) String name) {
    }

    @Schema(name = "AgentSkillLevel")
    record SkillLevelBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "skill id") Long skill,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "5") Integer level) {
    }

    @Schema(name = "AvailabilityBody")
    record AvailabilityBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"online", "away", "offline"})
            String status,
            @Schema(nullable = true, description = "when away/offline ends (out of office until), within a year")
            Instant until) {
    }

    @Schema(name = "EscalationBody")
    record EscalationBody(
            @Schema(nullable = true, description = "target group id; default: escalatesTo (up) or the group below")
            Long toGroup,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500,
                    description = "why; one line, no control characters") String reason) {
    }
}

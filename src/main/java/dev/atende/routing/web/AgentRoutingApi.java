package dev.atende.routing.web;

import dev.atende.identity.Actor;
import dev.atende.routing.AvailabilityManagement;
import dev.atende.routing.AvailabilityStatus;
import dev.atende.routing.SkillManagement;
import dev.atende.routing.web.RoutingJson.AgentSkillJson;
import dev.atende.routing.web.RoutingJson.AvailabilityJson;
import dev.atende.routing.web.RoutingJson.SkillJson;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.PatchReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Skills, agents' skills and agents' availability. */
@Tag(name = "Routing")
@RestController
class AgentRoutingApi {

    private final SkillManagement skills;
    private final AvailabilityManagement availability;

    AgentRoutingApi(SkillManagement skills, AvailabilityManagement availability) {
        this.skills = skills;
        this.availability = availability;
    }

    @Operation(summary = "Every skill (agents and admins)")
    @GetMapping("/api/v1/skills")
    List<SkillJson> skills(Actor actor) {
        return skills.list(actor).stream().map(SkillJson::of).toList();
    }

    @Operation(summary = "Add a skill (admins); names are unique ignoring case")
    @PostMapping("/api/v1/skills")
    ResponseEntity<SkillJson> createSkill(Actor actor,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RoutingDocs.SkillBody.class)))
            @RequestBody JsonNode body) {
        var in = new PatchReader(body);
        var name = in.string("name", Integer.MAX_VALUE, true);
        in.done();
        var skill = skills.create(actor, name.value());
        return ResponseEntity.created(URI.create("/api/v1/skills/" + skill.id())).body(SkillJson.of(skill));
    }

    @Operation(summary = "An agent's skills with their levels (agents and admins)")
    @GetMapping("/api/v1/users/{id}/skills")
    List<AgentSkillJson> agentSkills(Actor actor, @PathVariable long id) {
        return skills.agentSkills(actor, id).stream().map(AgentSkillJson::of).toList();
    }

    @Operation(summary = "Replace an agent's skills (admins): [{skill, level 1-5}]")
    @PutMapping("/api/v1/users/{id}/skills")
    List<AgentSkillJson> setAgentSkills(Actor actor, @PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(array = @ArraySchema(schema = @Schema(implementation = RoutingDocs.SkillLevelBody.class))))
            @RequestBody JsonNode body) {
        if (body == null || !body.isArray()) {
            throw InvalidInputException.of("", "error.field.array");
        }
        List<SkillManagement.SkillLevel> levels = new ArrayList<>();
        int i = 0;
        for (JsonNode item : body) {
            var in = new PatchReader(item, "[" + i++ + "]");
            var skill = in.id("skill");
            Integer level = null;
            in.accept("level");
            JsonNode node = item.get("level");
            if (node != null && !node.isNull()) {
                if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                    throw InvalidInputException.of("[" + (i - 1) + "].level", "error.skill.level", 1, 5);
                }
                level = node.asInt();
            }
            in.done();
            levels.add(new SkillManagement.SkillLevel(skill.value(), level));
        }
        return skills.setAgentSkills(actor, id, levels).stream().map(AgentSkillJson::of).toList();
    }

    @Operation(summary = "An agent's availability now (agents and admins)")
    @GetMapping("/api/v1/users/{id}/availability")
    AvailabilityJson availability(Actor actor, @PathVariable long id) {
        return AvailabilityJson.of(availability.get(actor, id));
    }

    @Operation(summary = "Set an agent's availability: agents their own, admins anyone's",
            description = "online, away or offline; until (ISO-8601, in the future) ends away/offline: out of office")
    @PutMapping("/api/v1/users/{id}/availability")
    AvailabilityJson setAvailability(Actor actor, @PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RoutingDocs.AvailabilityBody.class)))
            @RequestBody JsonNode body) {
        var in = new PatchReader(body);
        var status = in.code("status", AvailabilityStatus::fromCode);
        var until = in.string("until", 64, true);
        in.done();
        Instant end = null;
        if (until.value() != null) {
            try {
                end = Instant.parse(until.value());
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of("until", "error.availability.untilFormat");
            }
        }
        return AvailabilityJson.of(availability.set(actor, id, status.value(), end));
    }
}

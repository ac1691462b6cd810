package dev.atende.reporting.web;

import dev.atende.identity.Actor;
import dev.atende.reporting.ReportSchedule;
import dev.atende.reporting.ReportSchedules;
import dev.atende.reporting.ScheduleDraft;
import dev.atende.shared.PatchReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Reports")
@RestController
@RequestMapping("/api/v1/reports/schedules")
class ReportScheduleApi {

    private final ReportSchedules schedules;

    ReportScheduleApi(ReportSchedules schedules) {
        this.schedules = schedules;
    }

    @Schema(name = "ReportScheduleBody", description = "On PATCH only the fields present change")
    record Body(@Schema(maxLength = 100) String name,
            @Schema(allowableValues = {"weekly", "monthly"}, description = "after each week (Monday to Monday) or month")
            String frequency,
            @Schema(nullable = true, description = "group id; null: every ticket") Long group,
            @Schema(description = "IANA zone the weeks and months are counted in; default atende.reporting.time-zone")
            String timeZone,
            @Schema(description = "user ids of agents or admins, 1 to 50") List<Long> recipients,
            Boolean active) {
    }

    @Operation(summary = "Scheduled reports (admins)")
    @GetMapping
    List<ReportSchedule> list(Actor actor) {
        return schedules.list(actor);
    }

    @Operation(summary = "One scheduled report (admins)")
    @GetMapping("/{id}")
    ReportSchedule get(Actor actor, @PathVariable long id) {
        return schedules.get(actor, id);
    }

    @Operation(summary = "Schedule a report (admins)", description = "Mailed after every whole week or month from now "
            + "on, with the KPIs, their change against the period before and the worst-rated tickets; a period that "
            + "ended while the server was down is mailed at the next start.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReportSchedule> create(Actor actor,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = Body.class)))
            @RequestBody JsonNode body) {
        ReportSchedule created = schedules.create(actor, draft(body));
        return ResponseEntity.created(URI.create("/api/v1/reports/schedules/" + created.id())).body(created);
    }

    @Operation(summary = "Change a scheduled report (admins)")
    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReportSchedule update(Actor actor, @PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = Body.class)))
            @RequestBody JsonNode body) {
        return schedules.update(actor, id, draft(body));
    }

    @Operation(summary = "Remove a scheduled report (admins)")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable long id) {
        schedules.delete(actor, id);
        return ResponseEntity.noContent().build();
    }

    static ScheduleDraft draft(JsonNode body) {
        var reader = new PatchReader(body);
        var draft = new ScheduleDraft(reader.string("name", 100, false), reader.string("frequency", 16, false),
                reader.id("group"), reader.string("timeZone", 64, true), reader.ids("recipients", 50),
                reader.bool("active"));
        reader.done();
        return draft;
    }
}

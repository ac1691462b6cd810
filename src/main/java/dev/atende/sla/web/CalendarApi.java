package dev.atende.sla.web;

import dev.atende.identity.Actor;
import dev.atende.sla.BrazilianHolidays;
import dev.atende.sla.CalendarManagement;
import dev.atende.sla.SlaCalendar;
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

@Tag(name = "SLA")
@RestController
@RequestMapping("/api/v1/calendars")
class CalendarApi {

    private final CalendarManagement calendars;

    CalendarApi(CalendarManagement calendars) {
        this.calendars = calendars;
    }

    @Operation(summary = "Business calendars (agents read, admins change)")
    @GetMapping
    List<SlaJson.CalendarJson> list(Actor actor) {
        return calendars.list(actor).stream().map(SlaJson::of).toList();
    }

    @Operation(summary = "One business calendar")
    @GetMapping("/{id}")
    SlaJson.CalendarJson get(Actor actor, @PathVariable long id) {
        return SlaJson.of(calendars.get(actor, id));
    }

    @Operation(summary = "Brazil's national holidays, fixed and movable, to put into a calendar")
    @GetMapping("/presets/brazil")
    List<SlaJson.HolidayJson> brazil(Actor actor) {
        calendars.list(actor); // staff only, like the calendars
        return BrazilianHolidays.national().stream().map(SlaJson::holiday).toList();
    }

    @Operation(summary = "Add a calendar (admins)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SlaJson.CalendarJson> create(Actor actor,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = SlaJson.CalendarJson.class)))
            @RequestBody JsonNode body) {
        SlaCalendar created = calendars.create(actor, SlaRequests.calendar(body));
        return ResponseEntity.created(URI.create("/api/v1/calendars/" + created.id())).body(SlaJson.of(created));
    }

    @Operation(summary = "Change a calendar (admins): only the fields present change; the due times of open "
            + "tickets counted in it are recomputed at once")
    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    SlaJson.CalendarJson update(Actor actor, @PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = SlaJson.CalendarJson.class)))
            @RequestBody JsonNode body) {
        return SlaJson.of(calendars.update(actor, id, null, SlaRequests.calendar(body)));
    }

    @Operation(summary = "Remove a calendar no policy counts in (admins); 409 while one does")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable long id) {
        calendars.delete(actor, id);
        return ResponseEntity.noContent().build();
    }
}

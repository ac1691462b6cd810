package dev.atende.survey.web;

import dev.atende.identity.Actor;
import dev.atende.shared.PreconditionFailedException;
import dev.atende.survey.SurveySettings;
import dev.atende.survey.SurveySettingsManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Surveys")
@RestController
@RequestMapping("/api/v1/survey/settings")
class SurveySettingsApi {

    private final SurveySettingsManagement settings;

    SurveySettingsApi(SurveySettingsManagement settings) {
        this.settings = settings;
    }

    @Operation(summary = "The survey settings (admins); the version is the ETag")
    @GetMapping
    ResponseEntity<SurveyJson.SettingsJson> get(Actor actor) {
        return answer(settings.get(actor));
    }

    @Operation(summary = "Change the survey settings (admins)",
            description = "Only the fields sent change. A scale change applies to surveys sent from now on; links "
                    + "already sent keep the scale they were sent with. With If-Match, a stale version answers 412.")
    @PatchMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SurveyJson.SettingsJson> update(Actor actor,
            @Parameter(description = "the settings' ETag, e.g. \"3\"") @RequestHeader(name = "If-Match", required = false)
            String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = SurveyJson.SettingsJson.class)))
            @RequestBody JsonNode body) {
        return answer(settings.update(actor, version(ifMatch), SettingsRequests.read(body)));
    }

    private static ResponseEntity<SurveyJson.SettingsJson> answer(SurveySettings current) {
        return ResponseEntity.ok().eTag("\"" + current.version() + "\"").body(SurveyJson.of(current));
    }

    /** {@code "3"}, {@code W/"3"} or {@code 3}; {@code *} or none skips the check. */
    private static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        if (!tag.matches("\\d{1,18}")) {
            throw new PreconditionFailedException("error.survey.settingsStale", ifMatch);
        }
        return Long.parseLong(tag);
    }
}

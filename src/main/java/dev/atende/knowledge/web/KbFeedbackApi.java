package dev.atende.knowledge.web;

import dev.atende.identity.Actor;
import dev.atende.identity.CurrentActor;
import dev.atende.knowledge.Deflections;
import dev.atende.knowledge.KbComment;
import dev.atende.knowledge.KbFeedback;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.PatchReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Knowledge base")
@RestController
class KbFeedbackApi {

    private final KbFeedback feedback;
    private final Deflections deflections;
    private final KbViews views;
    private final CurrentActor current;
    private final Clock clock;

    KbFeedbackApi(KbFeedback feedback, Deflections deflections, KbViews views, CurrentActor current, Clock clock) {
        this.feedback = feedback;
        this.deflections = deflections;
        this.views = views;
        this.current = current;
        this.clock = clock;
    }

    @Operation(summary = "\"Was this helpful?\" answers of an article (no sign-in needed for public ones)")
    @GetMapping("/api/v1/kb/articles/{id}/votes")
    KbJson.VotesJson votes(@PathVariable long id) {
        feedback.comments(current.get().orElse(null), id); // 404 when the caller may not read it
        var votes = feedback.votes(id);
        return new KbJson.VotesJson(votes.helpful(), votes.notHelpful());
    }

    @Operation(summary = "Answer \"was this helpful?\" as the caller: {\"helpful\": true}; a second answer replaces "
            + "the first (visitors vote on the help-center page)")
    @PostMapping(path = "/api/v1/kb/articles/{id}/votes", consumes = MediaType.APPLICATION_JSON_VALUE)
    KbJson.VotesJson vote(Actor actor, @PathVariable long id, @RequestBody JsonNode body) {
        var in = new PatchReader(body);
        var helpful = in.bool("helpful");
        in.done();
        if (!helpful.present()) {
            throw InvalidInputException.of("helpful", "error.field.required");
        }
        var votes = feedback.vote(actor, id, helpful.value(), null, null);
        return new KbJson.VotesJson(votes.helpful(), votes.notHelpful());
    }

    @Operation(summary = "Comments on an article: approved ones (no sign-in needed for public articles); the team "
            + "sees all with their status")
    @GetMapping("/api/v1/kb/articles/{id}/comments")
    List<KbJson.CommentJson> comments(@PathVariable long id) {
        return views.comments(feedback.comments(current.get().orElse(null), id));
    }

    @Operation(summary = "Comment on an article (signed in): {\"body\": \"plain text\"}; customers' comments wait "
            + "for the team's approval (\"status\": \"pending\")")
    @PostMapping(path = "/api/v1/kb/articles/{id}/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<KbJson.CommentJson> comment(Actor actor, @PathVariable long id, @RequestBody JsonNode body) {
        var in = new PatchReader(body);
        var text = in.string("body", KbComment.MAX_BODY, false);
        in.done();
        KbComment created = feedback.comment(actor, id, text.value());
        return ResponseEntity.created(URI.create("/api/v1/kb/articles/" + id + "/comments"))
                .body(views.comments(List.of(created)).get(0));
    }

    @Operation(summary = "Approve or reject a comment (team): {\"status\": \"approved\" | \"rejected\"}")
    @PatchMapping(path = "/api/v1/kb/comments/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    KbJson.CommentJson moderate(Actor actor, @PathVariable long id, @RequestBody JsonNode body) {
        var in = new PatchReader(body);
        var status = in.code("status", KbComment.Status::fromCode);
        in.done();
        if (!status.present()) {
            throw InvalidInputException.of("status", "error.field.required");
        }
        return views.comments(List.of(feedback.moderate(actor, id, status.value()))).get(0);
    }

    @Operation(summary = "Comments waiting for approval (team)")
    @GetMapping("/api/v1/kb/comments/pending")
    List<KbJson.CommentJson> pending(Actor actor) {
        return views.comments(feedback.pending(actor));
    }

    @Operation(summary = "For the team: the most read articles, the least helpful ones (at least 3 votes), and "
            + "the deflection counts of a period (default: the last 30 days): new-request sessions in which a "
            + "suggested article was opened, and those from which no request followed within an hour")
    @GetMapping("/api/v1/kb/insights")
    KbJson.InsightsJson insights(Actor actor, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Integer limit) {
        int max = limit == null ? 10 : limit;
        if (max < 1 || max > 100) {
            throw InvalidInputException.of("limit", "error.page.size", 100);
        }
        Instant end = instant("to", to, clock.instant());
        Instant start = instant("from", from, end.minus(Duration.ofDays(30)));
        return new KbJson.InsightsJson(feedback.mostViewed(actor, max).stream().map(KbViews::stats).toList(),
                feedback.leastHelpful(actor, max).stream().map(KbViews::stats).toList(),
                deflections.sessionsWithSuggestions(start, end), deflections.deflected(start, end));
    }

    private static Instant instant(String field, String value, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "error.field.badValue", field);
        }
    }
}

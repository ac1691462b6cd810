package dev.atende.notification.web;

import dev.atende.identity.Actor;
import dev.atende.notification.Mentionables;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The note editor's picker (static/js/notifications.js): as an agent types {@code @an}, the
 * colleagues whose handle or name starts so and who may see the ticket. A page helper of the
 * signed-in session, not part of the public API.
 */
@Hidden
@RestController
class MentionSuggestions {

    private final Mentionables mentionables;

    MentionSuggestions(Mentionables mentionables) {
        this.mentionables = mentionables;
    }

    @GetMapping("/agent/tickets/{id}/mentionable")
    List<Mentionables.Mentionable> suggest(Actor actor, @PathVariable long id,
            @RequestParam(required = false) String q) {
        return mentionables.suggest(actor, id, q);
    }
}

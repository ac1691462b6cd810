package dev.atende.notification.web;

import dev.atende.identity.Actor;
import dev.atende.identity.AgentNotice;
import dev.atende.notification.Notifications;
import dev.atende.shared.PageRequest;
import dev.atende.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Notifications", description = "The caller's own in-app notices: mentions in internal notes, tickets "
        + "assigned to them, customers' replies and SLA deadlines of their tickets. Nobody reads or marks another "
        + "person's: such an id answers 404.")
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationApi {

    private final Notifications notifications;
    private final NotificationTexts texts;

    NotificationApi(Notifications notifications, NotificationTexts texts) {
        this.notifications = notifications;
        this.texts = texts;
    }

    @Operation(summary = "The caller's notices, newest first",
            description = "unread=true: only the unread ones. page from 0; size 1-200 (default 50).")
    @ApiResponse(responseCode = "200", description = "one page")
    @ApiResponse(responseCode = "400", description = "unread is not true/false, or page/size not a number")
    @ApiResponse(responseCode = "422", description = "page negative or size out of range")
    @GetMapping
    NotificationJson.Page list(Actor actor, @RequestParam(required = false) Boolean unread,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Locale locale) {
        PageResult<NotificationJson.Item> result = notifications.list(actor, Boolean.TRUE.equals(unread),
                PageRequest.of(page, size)).map(n -> NotificationJson.of(n, texts, locale));
        return new NotificationJson.Page(result.items(), result.page(), result.size(), result.total());
    }

    @Operation(summary = "How many of the caller's notices are unread")
    @GetMapping("/count")
    NotificationJson.Count count(Actor actor) {
        return new NotificationJson.Count(notifications.unread(actor));
    }

    @Operation(summary = "Mark one of the caller's notices read", description = "Marking it again changes nothing.")
    @ApiResponse(responseCode = "200", description = "the notice, read")
    @ApiResponse(responseCode = "404", description = "no such notice, or not the caller's")
    @PostMapping("/{id}/read")
    NotificationJson.Item read(Actor actor, @PathVariable long id, Locale locale) {
        return NotificationJson.of(notifications.read(actor, id), texts, locale);
    }

    @Operation(summary = "Mark all the caller's notices read")
    @PostMapping("/read-all")
    NotificationJson.Read readAll(Actor actor) {
        return new NotificationJson.Read(notifications.readAll(actor));
    }

    @Operation(summary = "Which notice kinds the caller gets in the app",
            description = "The e-mail notices are separate (see the users API, `notices`).")
    @GetMapping("/preferences")
    NotificationJson.Preferences preferences(Actor actor) {
        Set<AgentNotice> off = notifications.turnedOff(actor.id());
        return new NotificationJson.Preferences(!off.contains(AgentNotice.MENTION), !off.contains(AgentNotice.ASSIGNED),
                !off.contains(AgentNotice.CUSTOMER_REPLY), !off.contains(AgentNotice.SLA));
    }

    @Operation(summary = "Turn in-app notice kinds on or off", description = "Only the kinds present change.")
    @ApiResponse(responseCode = "200", description = "the choices now")
    @ApiResponse(responseCode = "400", description = "not a JSON object of true/false values")
    @PutMapping("/preferences")
    NotificationJson.Preferences changePreferences(Actor actor, @RequestBody NotificationJson.Preferences body) {
        Set<AgentNotice> on = EnumSet.copyOf(Notifications.IN_APP);
        on.removeAll(notifications.turnedOff(actor.id()));
        choose(on, AgentNotice.MENTION, body.mention());
        choose(on, AgentNotice.ASSIGNED, body.assigned());
        choose(on, AgentNotice.CUSTOMER_REPLY, body.customerReply());
        choose(on, AgentNotice.SLA, body.sla());
        notifications.keepOn(actor, on);
        return preferences(actor);
    }

    private static void choose(Set<AgentNotice> on, AgentNotice notice, Boolean wanted) {
        if (Boolean.TRUE.equals(wanted)) {
            on.add(notice);
        } else if (Boolean.FALSE.equals(wanted)) {
            on.remove(notice);
        }
    }
}

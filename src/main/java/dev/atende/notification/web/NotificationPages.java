package dev.atende.notification.web;

import dev.atende.identity.Actor;
import dev.atende.identity.AgentNotice;
import dev.atende.identity.CurrentActor;
import dev.atende.notification.Notification;
import dev.atende.notification.Notifications;
import dev.atende.shared.PageRequest;
import dev.atende.shared.PageResult;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The bell's count (loaded by htmx after the page, and again when live.js hears of a new notice),
 * the list at {@code /notifications} with its paging, "open" (marks it read, then goes to the
 * ticket), "mark all as read", and the in-app kinds each person wants.
 */
@Controller
@RequestMapping("/notifications")
class NotificationPages {

    record Row(Notification notification, String text, ZonedDateTime at) {
    }

    /** The kinds left on (unchecked boxes are not sent). */
    record PreferencesForm(List<String> kinds) {
    }

    static final int PAGE_SIZE = 20;

    private final Notifications notifications;
    private final NotificationTexts texts;
    private final CurrentActor current;

    NotificationPages(Notifications notifications, NotificationTexts texts, CurrentActor current) {
        this.notifications = notifications;
        this.texts = texts;
        this.current = current;
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) Boolean unread,
            @RequestParam(required = false) Integer page, Model model, Locale locale) {
        boolean unreadOnly = Boolean.TRUE.equals(unread);
        int at = page == null || page < 0 ? 0 : page;
        ZoneId zone = current.zone();
        PageResult<Notification> result = notifications.list(actor, unreadOnly, PageRequest.of(at, PAGE_SIZE));
        model.addAttribute("result", result);
        model.addAttribute("rows", result.items().stream()
                .map(n -> new Row(n, texts.text(n, locale), n.createdAt().atZone(zone))).toList());
        model.addAttribute("unreadOnly", unreadOnly);
        model.addAttribute("unreadCount", notifications.unread(actor));
        model.addAttribute("kinds", Notifications.IN_APP);
        model.addAttribute("off", notifications.turnedOff(actor.id()));
        return "notification/page";
    }

    /** The bell's count, as htmx puts it into the top bar. */
    @GetMapping("/bell")
    String bell(Actor actor, Model model) {
        model.addAttribute("unread", notifications.unread(actor));
        return "notification/bell :: count";
    }

    @PostMapping("/{id}/open")
    String open(Actor actor, @PathVariable long id) {
        Notification read = notifications.read(actor, id);
        return "redirect:/agent/tickets/" + read.ticketId();
    }

    @PostMapping("/read-all")
    String readAll(Actor actor, RedirectAttributes redirect) {
        notifications.readAll(actor);
        redirect.addFlashAttribute("flash", "notification.page.readAllDone");
        return "redirect:/notifications";
    }

    @PostMapping("/preferences")
    String preferences(Actor actor, PreferencesForm form, RedirectAttributes redirect) {
        Set<AgentNotice> on = EnumSet.noneOf(AgentNotice.class);
        for (String code : form.kinds() == null ? List.<String>of() : form.kinds()) {
            AgentNotice notice = AgentNotice.fromCode(code);
            if (notice != null && Notifications.IN_APP.contains(notice)) {
                on.add(notice); // anything else sent is ignored, like an unchecked box
            }
        }
        notifications.keepOn(actor, on);
        redirect.addFlashAttribute("flash", "notification.preferences.saved");
        return "redirect:/notifications";
    }
}

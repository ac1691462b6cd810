package dev.atende.channel.email.web;

import dev.atende.channel.email.ConnectionCheck;
import dev.atende.channel.email.MailProtocol;
import dev.atende.channel.email.MailSecurity;
import dev.atende.channel.email.Mailbox;
import dev.atende.channel.email.MailboxChanges;
import dev.atende.channel.email.MailboxManagement;
import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.shared.FormErrors;
import dev.atende.shared.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins list, add, change, test and remove mailboxes; every rule is {@link MailboxManagement}'s. */
@Controller
@RequestMapping("/admin/mailboxes")
class AdminMailboxesPage {

    private static final String LIST = "email/admin/mailboxes";
    private static final String FORM = "email/admin/mailbox-form";
    private static final Set<String> FIELDS = Set.of("name", "address", "protocol", "security", "host", "port",
            "username", "password", "folder", "group", "pollIntervalSeconds", "smtp.host", "smtp.port",
            "smtp.security", "smtp.username", "smtp.password");

    private final MailboxManagement mailboxes;
    private final Directory directory;
    private final MessageSource messages;

    AdminMailboxesPage(MailboxManagement mailboxes, Directory directory, MessageSource messages) {
        this.mailboxes = mailboxes;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping
    String list(Actor actor, Model model) {
        List<Mailbox> all = mailboxes.list(actor);
        model.addAttribute("mailboxes", all);
        return LIST;
    }

    @GetMapping("/new")
    ModelAndView newMailbox(Actor actor, Model model) {
        return form(actor, model, null, MailboxForm.blank(), FormErrors.NONE, null);
    }

    @PostMapping("/new")
    ModelAndView create(Actor actor, MailboxForm form, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            Mailbox created = mailboxes.create(actor, changes(form));
            return saved(redirect, "mail.admin.created", created, "redirect:/admin/mailboxes/" + created.id());
        } catch (InvalidInputException e) {
            return form(actor, model, null, form, FormErrors.of(e, messages, locale, FIELDS), null);
        }
    }

    @GetMapping("/{id}")
    ModelAndView edit(Actor actor, @PathVariable long id, Model model) {
        Mailbox mailbox = mailboxes.get(actor, id);
        return form(actor, model, mailbox, MailboxForm.of(mailbox), FormErrors.NONE, null);
    }

    @PostMapping("/{id}")
    ModelAndView update(Actor actor, @PathVariable long id, MailboxForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            return saved(redirect, "mail.admin.saved", mailboxes.update(actor, id, changes(form)),
                    "redirect:/admin/mailboxes");
        } catch (InvalidInputException e) {
            return form(actor, model, mailboxes.get(actor, id), form, FormErrors.of(e, messages, locale, FIELDS), null);
        }
    }

    /** Shows the edit page with the outcome of the test (htmx swaps in just that part). */
    @PostMapping("/{id}/test")
    ModelAndView test(Actor actor, @PathVariable long id, Model model, Locale locale) {
        ConnectionCheck check = mailboxes.test(actor, id);
        Mailbox mailbox = mailboxes.get(actor, id);
        String message = messages.getMessage(check.messageCode(), check.args().toArray(), check.messageCode(), locale);
        return form(actor, model, mailbox, MailboxForm.of(mailbox), FormErrors.NONE, new TestResult(check, message));
    }

    @PostMapping("/{id}/delete")
    String delete(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        Mailbox mailbox = mailboxes.get(actor, id);
        mailboxes.delete(actor, id);
        redirect.addFlashAttribute("flash", "mail.admin.deleted");
        redirect.addFlashAttribute("flashArg", mailbox.name());
        return "redirect:/admin/mailboxes";
    }

    record TestResult(ConnectionCheck check, String message) {
    }

    private ModelAndView form(Actor actor, Model model, Mailbox mailbox, MailboxForm form, FormErrors errors,
            TestResult test) {
        model.addAttribute("mailbox", mailbox);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("test", test);
        model.addAttribute("groups", directory.allGroups());
        model.addAttribute("protocols", MailProtocol.values());
        model.addAttribute("securities", MailSecurity.values());
        var page = new ModelAndView(FORM, model.asMap());
        if (errors.any()) {
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return page;
    }

    private static ModelAndView saved(RedirectAttributes redirect, String message, Mailbox mailbox, String to) {
        redirect.addFlashAttribute("flash", message);
        redirect.addFlashAttribute("flashArg", mailbox.name());
        return new ModelAndView(to);
    }

    private static MailboxChanges changes(MailboxForm form) {
        var problems = new InvalidInputException.Collector();
        var changes = form.changes(problems);
        problems.throwIfAny();
        return changes;
    }
}

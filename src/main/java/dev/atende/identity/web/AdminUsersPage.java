package dev.atende.identity.web;

import static dev.atende.identity.web.FormPage.blankToNull;

import dev.atende.identity.AccountManagement;
import dev.atende.identity.AccountRequestsThrottled;
import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.identity.GroupManagement;
import dev.atende.identity.NewUser;
import dev.atende.identity.OrganizationManagement;
import dev.atende.identity.Role;
import dev.atende.identity.User;
import dev.atende.identity.UserChanges;
import dev.atende.identity.UserManagement;
import dev.atende.shared.Change;
import dev.atende.shared.FormErrors;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.Locales;
import dev.atende.shared.PageRequest;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins list, find, create and change people; every rule is {@link UserManagement}'s. */
@Controller
@RequestMapping("/admin/users")
class AdminUsersPage {

    private static final String FORM = "identity/admin/user-form";
    private static final Set<String> FIELDS =
            Set.of("email", "name", "role", "organization", "groups", "locale", "active", "password");
    private static final int PAGE_SIZE = 25;

    private final UserManagement users;
    private final AccountManagement accounts;
    private final OrganizationManagement organizations;
    private final GroupManagement groups;
    private final Directory directory;
    private final MessageSource messages;

    AdminUsersPage(UserManagement users, AccountManagement accounts, OrganizationManagement organizations,
            GroupManagement groups, Directory directory, MessageSource messages) {
        this.users = users;
        this.accounts = accounts;
        this.organizations = organizations;
        this.groups = groups;
        this.directory = directory;
        this.messages = messages;
    }

    /** The form's fields as submitted; a blank password leaves the password as it is. */
    record UserForm(String email, String name, String role, Long organization, List<Long> groups, String locale,
            Boolean active, String password) {

        static UserForm blank() {
            return new UserForm("", "", Role.CUSTOMER.code(), null, List.of(), null, true, null);
        }

        static UserForm of(User user) {
            return new UserForm(user.email(), user.name(), user.role().code(), user.organizationId(),
                    List.copyOf(user.groupIds()), user.locale(), user.isActive(), null);
        }

        List<Long> groupIds() {
            return groups == null ? List.of() : groups;
        }

        public boolean inGroup(long groupId) { // public: the template calls it
            return groupIds().contains(groupId);
        }

        /** What is shown again after a refusal: never the password. */
        UserForm withoutPassword() {
            return new UserForm(email, name, role, organization, groups, locale, active, null);
        }
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String role,
            @RequestParam(required = false) Long organization, @RequestParam(defaultValue = "0") int page,
            Model model) {
        Role filter = role == null ? null : Role.fromCode(role);
        var result = users.list(actor, filter, q, organization, new PageRequest(page, PAGE_SIZE));
        model.addAttribute("result", result);
        model.addAttribute("organizations", directory.organizations(
                result.items().stream().map(User::organizationId).filter(Objects::nonNull).toList()));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("role", filter == null ? "" : filter.code());
        model.addAttribute("organization", organization);
        model.addAttribute("organizationFilter",
                organization == null ? null : organizations.get(actor, organization).name());
        model.addAttribute("roles", Role.values());
        return "identity/admin/users";
    }

    @GetMapping("/new")
    ModelAndView newUser(Actor actor, Model model) {
        return form(actor, model, null, UserForm.blank(), FormErrors.NONE);
    }

    @PostMapping("/new")
    ModelAndView create(Actor actor, UserForm form, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            var user = users.create(actor, new NewUser(form.email(), form.name(), form.role(),
                    blankToNull(form.password()), form.organization(), form.groupIds(), blankToNull(form.locale())));
            return saved(redirect, "web.admin.users.created", user);
        } catch (InvalidInputException e) {
            return form(actor, model, null, form.withoutPassword(), FormErrors.of(e, messages, locale, FIELDS));
        }
    }

    @GetMapping("/{id}")
    ModelAndView edit(Actor actor, @PathVariable long id, Model model) {
        return form(actor, model, users.get(actor, id), UserForm.of(users.get(actor, id)), FormErrors.NONE);
    }

    @PostMapping("/{id}")
    ModelAndView update(Actor actor, @PathVariable long id, UserForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        String password = blankToNull(form.password());
        var changes = new UserChanges(Change.to(form.email()), Change.to(form.name() == null ? null : form.name().strip()),
                Change.to(Role.fromCode(form.role())), password == null ? Change.absent() : Change.to(password),
                Change.absent(), Change.to(form.organization()), Change.to(form.groupIds()),
                Change.to(blankToNull(form.locale())), Change.to(Boolean.TRUE.equals(form.active())));
        try {
            return saved(redirect, "web.admin.users.saved", users.update(actor, id, changes));
        } catch (InvalidInputException e) {
            return form(actor, model, users.get(actor, id), form.withoutPassword(),
                    FormErrors.of(e, messages, locale, FIELDS));
        }
    }

    /** Mails the person a link to choose a password (people created from an e-mail have none). */
    @PostMapping("/{id}/invite")
    ModelAndView invite(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        var user = users.get(actor, id);
        try {
            accounts.invite(actor, id);
            redirect.addFlashAttribute("flash", "account.invite.sent");
            redirect.addFlashAttribute("flashArg", user.email());
        } catch (AccountRequestsThrottled e) {
            redirect.addFlashAttribute("flashError", "account.invite.throttled");
            redirect.addFlashAttribute("flashErrorArg", user.email());
        }
        return new ModelAndView("redirect:/admin/users/" + id);
    }

    private ModelAndView form(Actor actor, Model model, User user, UserForm form, FormErrors errors) {
        model.addAttribute("user", user);
        model.addAttribute("roles", Role.values());
        model.addAttribute("organizationChoices", organizations.list(actor));
        model.addAttribute("groupChoices", groups.list(actor));
        model.addAttribute("locales", Locales.SUPPORTED.stream().map(Locale::toLanguageTag).toList());
        return FormPage.show(FORM, model, form, errors);
    }

    private static ModelAndView saved(RedirectAttributes redirect, String message, User user) {
        redirect.addFlashAttribute("flash", message);
        redirect.addFlashAttribute("flashArg", user.name());
        return new ModelAndView("redirect:/admin/users");
    }
}

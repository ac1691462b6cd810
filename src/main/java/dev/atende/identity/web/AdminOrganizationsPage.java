package dev.atende.identity.web;

import dev.atende.identity.Actor;
import dev.atende.identity.Organization;
import dev.atende.identity.OrganizationManagement;
import dev.atende.shared.Change;
import dev.atende.shared.FormErrors;
import dev.atende.shared.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins list, create and change customer organizations; every rule is {@link OrganizationManagement}'s. */
@Controller
@RequestMapping("/admin/organizations")
class AdminOrganizationsPage {

    private static final String FORM = "identity/admin/organization-form";
    private static final Set<String> FIELDS = Set.of("name", "domains", "shared");

    private final OrganizationManagement organizations;
    private final MessageSource messages;

    AdminOrganizationsPage(OrganizationManagement organizations, MessageSource messages) {
        this.organizations = organizations;
        this.messages = messages;
    }

    /** {@code domains}: as typed, one per line or separated by commas. */
    record OrganizationForm(String name, String domains, Boolean shared) {

        static OrganizationForm of(Organization organization) {
            return new OrganizationForm(organization.name(),
                    String.join("\n", organization.domains().stream().sorted().toList()), organization.isShared());
        }

        List<String> domainList() {
            return domains == null ? List.of()
                    : Arrays.stream(domains.split("[,;\\s]+")).filter(d -> !d.isEmpty()).toList();
        }
    }

    @GetMapping
    String list(Actor actor, Model model) {
        model.addAttribute("organizations", organizations.list(actor));
        return "identity/admin/organizations";
    }

    @GetMapping("/new")
    ModelAndView newOrganization(Model model) {
        return form(model, null, new OrganizationForm("", "", false), FormErrors.NONE);
    }

    @PostMapping("/new")
    ModelAndView create(Actor actor, OrganizationForm form, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            var created = organizations.create(actor, form.name(), Boolean.TRUE.equals(form.shared()), form.domainList());
            return saved(redirect, "web.admin.organizations.created", created);
        } catch (InvalidInputException e) {
            return form(model, null, form, FormErrors.of(e, messages, locale, FIELDS));
        }
    }

    @GetMapping("/{id}")
    ModelAndView edit(Actor actor, @PathVariable long id, Model model) {
        var organization = organizations.get(actor, id);
        return form(model, organization, OrganizationForm.of(organization), FormErrors.NONE);
    }

    @PostMapping("/{id}")
    ModelAndView update(Actor actor, @PathVariable long id, OrganizationForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            var saved = organizations.update(actor, id, Change.to(form.name()),
                    Change.to(Boolean.TRUE.equals(form.shared())), Change.to(form.domainList()));
            return saved(redirect, "web.admin.organizations.saved", saved);
        } catch (InvalidInputException e) {
            return form(model, organizations.get(actor, id), form, FormErrors.of(e, messages, locale, FIELDS));
        }
    }

    private static ModelAndView form(Model model, Organization organization, OrganizationForm form, FormErrors errors) {
        model.addAttribute("organization", organization);
        return FormPage.show(FORM, model, form, errors);
    }

    private static ModelAndView saved(RedirectAttributes redirect, String message, Organization organization) {
        redirect.addFlashAttribute("flash", message);
        redirect.addFlashAttribute("flashArg", organization.name());
        return new ModelAndView("redirect:/admin/organizations");
    }
}

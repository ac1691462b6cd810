package dev.atende.identity.web;

import dev.atende.identity.Actor;
import dev.atende.identity.AssignmentMode;
import dev.atende.identity.GroupRouting;
import dev.atende.identity.Group;
import dev.atende.identity.GroupManagement;
import dev.atende.shared.Change;
import dev.atende.shared.FormErrors;
import dev.atende.shared.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins list, create and change support groups; every rule is {@link GroupManagement}'s. */
@Controller
@RequestMapping("/admin/groups")
class AdminGroupsPage {

    private static final String FORM = "identity/admin/group-form";
    private static final Set<String> FIELDS = Set.of("name", "level", "escalatesTo", "assignment", "maxOpenPerAgent",
            "seesLowerLevels");

    private final GroupManagement groups;
    private final MessageSource messages;

    AdminGroupsPage(GroupManagement groups, MessageSource messages) {
        this.groups = groups;
        this.messages = messages;
    }

    /** Routing settings (assignment...) are on the edit form only; a new group starts manual. */
    record GroupForm(String name, Integer level, Long escalatesTo, String assignment, Integer maxOpenPerAgent,
            Boolean seesLowerLevels) {

        static GroupForm of(Group group) {
            return new GroupForm(group.name(), group.level(), group.escalatesToId(), group.assignment().code(),
                    group.maxOpenPerAgent(), group.seesLowerLevels());
        }

        GroupRouting routing() {
            if (assignment == null) { // a form without the routing fields
                return GroupRouting.unchanged();
            }
            AssignmentMode mode = AssignmentMode.fromCode(assignment);
            return new GroupRouting(mode == null ? Change.absent() : Change.to(mode), Change.to(maxOpenPerAgent),
                    Change.to(Boolean.TRUE.equals(seesLowerLevels)));
        }
    }

    @GetMapping
    String list(Actor actor, Model model) {
        List<Group> all = groups.list(actor);
        model.addAttribute("groups", all);
        model.addAttribute("names", all.stream().collect(Collectors.toMap(Group::id, Group::name)));
        return "identity/admin/groups";
    }

    @GetMapping("/new")
    ModelAndView newGroup(Actor actor, Model model) {
        return form(actor, model, null, new GroupForm("", 1, null, null, null, false), FormErrors.NONE);
    }

    @PostMapping("/new")
    ModelAndView create(Actor actor, GroupForm form, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            return saved(redirect, "web.admin.groups.created",
                    groups.create(actor, form.name(), form.level(), form.escalatesTo()));
        } catch (InvalidInputException e) {
            return form(actor, model, null, form, FormErrors.of(e, messages, locale, FIELDS));
        }
    }

    @GetMapping("/{id}")
    ModelAndView edit(Actor actor, @PathVariable long id, Model model) {
        var group = groups.get(actor, id);
        return form(actor, model, group, GroupForm.of(group), FormErrors.NONE);
    }

    @PostMapping("/{id}")
    ModelAndView update(Actor actor, @PathVariable long id, GroupForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            return saved(redirect, "web.admin.groups.saved", groups.update(actor, id, Change.to(form.name()),
                    Change.to(form.level()), Change.to(form.escalatesTo()), form.routing()));
        } catch (InvalidInputException e) {
            return form(actor, model, groups.get(actor, id), form, FormErrors.of(e, messages, locale, FIELDS));
        }
    }

    /** Any other group may be offered as the escalation target; the service refuses a lower one. */
    private ModelAndView form(Actor actor, Model model, Group group, GroupForm form, FormErrors errors) {
        model.addAttribute("group", group);
        model.addAttribute("modes", AssignmentMode.values());
        model.addAttribute("targets", groups.list(actor).stream()
                .filter(g -> group == null || !g.id().equals(group.id())).toList());
        return FormPage.show(FORM, model, form, errors);
    }

    private static ModelAndView saved(RedirectAttributes redirect, String message, Group group) {
        redirect.addFlashAttribute("flash", message);
        redirect.addFlashAttribute("flashArg", group.name());
        return new ModelAndView("redirect:/admin/groups");
    }
}

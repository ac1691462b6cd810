package dev.atende.routing.web;

import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.identity.Role;
import dev.atende.identity.User;
import dev.atende.identity.UserManagement;
import dev.atende.routing.CategoryRouting;
import dev.atende.routing.RoutedCategory;
import dev.atende.routing.Skill;
import dev.atende.routing.SkillManagement;
import dev.atende.shared.Change;
import dev.atende.shared.DomainException;
import dev.atende.shared.FormErrors;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.PageRequest;
import dev.atende.ticket.CategoryChanges;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages for routing: the category tree, skills, and each agent's skills. Rules live in the services. */
@Controller
@RequestMapping("/admin/routing")
class AdminRoutingPages {

    private static final Set<String> CATEGORY_FIELDS = Set.of("name", "parent", "group", "complexity", "requiredSkills");

    private final CategoryRouting categories;
    private final SkillManagement skills;
    private final UserManagement users;
    private final Directory directory;
    private final MessageSource messages;

    AdminRoutingPages(CategoryRouting categories, SkillManagement skills, UserManagement users, Directory directory,
            MessageSource messages) {
        this.categories = categories;
        this.skills = skills;
        this.users = users;
        this.directory = directory;
        this.messages = messages;
    }

    record CategoryForm(String name, Long parent, Long group, Integer complexity, List<Long> requiredSkills) {

        static CategoryForm of(RoutedCategory r) {
            var c = r.category();
            return new CategoryForm(c.name(), c.parentId(), c.defaultGroupId(), c.complexity(), r.requiredSkills());
        }

        boolean requires(long skill) {
            return requiredSkills != null && requiredSkills.contains(skill);
        }

        CategoryChanges changes() {
            return new CategoryChanges(Change.to(name == null ? null : name.strip()), Change.to(parent), Change.to(group),
                    Change.to(complexity == null ? 1 : complexity));
        }

        Change<List<Long>> skills() {
            return Change.to(requiredSkills == null ? List.of() : requiredSkills);
        }
    }

    /** One row of an agent's skill form: every skill, with the agent's level or none. */
    record SkillRow(long id, String name, Integer level) {
    }

    @GetMapping
    String overview(Actor actor, Model model) {
        List<RoutedCategory> all = categories.list(actor);
        model.addAttribute("categories", all);
        model.addAttribute("groupNames", directory.allGroups().stream()
                .collect(Collectors.toMap(g -> g.id(), g -> g.name())));
        List<Skill> known = skills.list(actor);
        model.addAttribute("skills", known);
        Map<Long, String> names = known.stream().collect(Collectors.toMap(Skill::id, Skill::name));
        model.addAttribute("skillLabels", all.stream().collect(Collectors.toMap(r -> r.category().id(),
                r -> r.requiredSkills().stream().map(names::get).collect(Collectors.joining(", ")))));
        model.addAttribute("agents", agents(actor));
        return "routing/admin";
    }

    @GetMapping("/categories/new")
    ModelAndView newCategory(Actor actor, Model model) {
        return categoryForm(actor, model, null, new CategoryForm("", null, null, 1, List.of()), FormErrors.NONE);
    }

    @PostMapping("/categories/new")
    ModelAndView create(Actor actor, CategoryForm form, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            var created = categories.create(actor, form.changes(), form.skills());
            return saved(redirect, "routing.admin.category.saved", created.path());
        } catch (InvalidInputException e) {
            return categoryForm(actor, model, null, form, FormErrors.of(e, messages, locale, CATEGORY_FIELDS));
        }
    }

    @GetMapping("/categories/{id}")
    ModelAndView edit(Actor actor, @PathVariable long id, Model model) {
        var category = categories.get(actor, id);
        return categoryForm(actor, model, category, CategoryForm.of(category), FormErrors.NONE);
    }

    @PostMapping("/categories/{id}")
    ModelAndView update(Actor actor, @PathVariable long id, CategoryForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            var saved = categories.update(actor, id, form.changes(), form.skills());
            return saved(redirect, "routing.admin.category.saved", saved.path());
        } catch (InvalidInputException e) {
            return categoryForm(actor, model, categories.get(actor, id), form,
                    FormErrors.of(e, messages, locale, CATEGORY_FIELDS));
        }
    }

    @PostMapping("/categories/{id}/delete")
    String delete(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        try {
            categories.delete(actor, id);
            redirect.addFlashAttribute("flash", "routing.admin.category.deleted");
        } catch (DomainException e) {
            if (e.status() != HttpStatus.CONFLICT.value()) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", e.messageCode());
            redirect.addFlashAttribute("flashErrorArg", e.args().length == 0 ? null : e.args()[0]);
        }
        return "redirect:/admin/routing";
    }

    @PostMapping("/skills")
    String addSkill(Actor actor, @RequestParam(required = false) String name, RedirectAttributes redirect) {
        try {
            var skill = skills.create(actor, name);
            redirect.addFlashAttribute("flash", "routing.admin.skill.added");
            redirect.addFlashAttribute("flashArg", skill.name());
        } catch (InvalidInputException e) {
            var problem = e.fieldProblems().get(0);
            redirect.addFlashAttribute("flashError", problem.messageCode());
            redirect.addFlashAttribute("flashErrorArg", problem.args().length == 0 ? null : problem.args()[0]);
        }
        return "redirect:/admin/routing#skills";
    }

    @GetMapping("/agents/{id}")
    ModelAndView agentSkills(Actor actor, @PathVariable long id, Model model) {
        return agentPage(actor, id, model, FormErrors.NONE);
    }

    /** Each skill's level comes as {@code level-<skillId>}; empty means the agent does not have it. */
    @PostMapping("/agents/{id}")
    ModelAndView saveAgentSkills(Actor actor, @PathVariable long id, @RequestParam Map<String, String> form,
            Model model, Locale locale, RedirectAttributes redirect) {
        List<SkillManagement.SkillLevel> levels = new ArrayList<>();
        form.forEach((key, value) -> {
            if (key.startsWith("level-") && key.substring(6).matches("\\d{1,18}") && value != null && !value.isBlank()) {
                Integer level = value.strip().matches("\\d{1,2}") ? Integer.valueOf(value.strip()) : -1;
                levels.add(new SkillManagement.SkillLevel(Long.valueOf(key.substring(6)), level));
            }
        });
        try {
            skills.setAgentSkills(actor, id, levels);
        } catch (InvalidInputException e) {
            return agentPage(actor, id, model, FormErrors.of(e, messages, locale, Set.of()));
        }
        redirect.addFlashAttribute("flash", "routing.admin.agent.saved");
        redirect.addFlashAttribute("flashArg", users.get(actor, id).name());
        return new ModelAndView("redirect:/admin/routing#agents");
    }

    private ModelAndView agentPage(Actor actor, long id, Model model, FormErrors errors) {
        User agent = users.get(actor, id);
        Map<Long, Integer> has = skills.agentSkills(actor, id).stream()
                .collect(Collectors.toMap(s -> s.skillId(), s -> s.level()));
        model.addAttribute("agent", agent);
        model.addAttribute("rows", skills.list(actor).stream()
                .map(s -> new SkillRow(s.id(), s.name(), has.get(s.id()))).toList());
        model.addAttribute("errors", errors);
        var page = new ModelAndView("routing/agent-skills", model.asMap());
        if (errors.any()) {
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return page;
    }

    private ModelAndView categoryForm(Actor actor, Model model, RoutedCategory category, CategoryForm form,
            FormErrors errors) {
        model.addAttribute("category", category);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("parents", categories.list(actor).stream()
                .filter(c -> category == null || !c.category().id().equals(category.category().id())).toList());
        model.addAttribute("groups", directory.allGroups());
        model.addAttribute("skills", skills.list(actor));
        var page = new ModelAndView("routing/category-form", model.asMap());
        if (errors.any()) {
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return page;
    }

    private List<User> agents(Actor actor) {
        return Stream.of(Role.AGENT, Role.ADMIN)
                .flatMap(role -> users.list(actor, role, null, null, PageRequest.of(0, PageRequest.MAX_SIZE)).items()
                        .stream())
                .filter(User::isActive)
                .toList();
    }

    private static ModelAndView saved(RedirectAttributes redirect, String message, String name) {
        redirect.addFlashAttribute("flash", message);
        redirect.addFlashAttribute("flashArg", name);
        return new ModelAndView("redirect:/admin/routing");
    }
}

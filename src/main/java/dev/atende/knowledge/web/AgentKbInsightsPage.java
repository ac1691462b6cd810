package dev.atende.knowledge.web;

import dev.atende.identity.Actor;
import dev.atende.identity.Directory;
import dev.atende.knowledge.CategoryDraft;
import dev.atende.knowledge.Deflections;
import dev.atende.knowledge.KbArticleManagement;
import dev.atende.knowledge.KbCategoryManagement;
import dev.atende.knowledge.KbComment;
import dev.atende.knowledge.KbFeedback;
import dev.atende.shared.Change;
import dev.atende.shared.DomainException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the team learns from the help center (most read, least helpful, requests the knowledge
 * base answered), comments waiting for approval, and the category tree.
 */
@Controller
@RequestMapping("/agent/kb")
class AgentKbInsightsPage {

    private final KbFeedback feedback;
    private final Deflections deflections;
    private final KbArticleManagement articles;
    private final KbCategoryManagement categories;
    private final Directory directory;
    private final MessageSource messages;
    private final Clock clock;

    AgentKbInsightsPage(KbFeedback feedback, Deflections deflections, KbArticleManagement articles,
            KbCategoryManagement categories, Directory directory, MessageSource messages, Clock clock) {
        this.feedback = feedback;
        this.deflections = deflections;
        this.articles = articles;
        this.categories = categories;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/insights")
    String insights(Actor actor, @RequestParam(defaultValue = "30") int days, Model model) {
        int period = Math.min(Math.max(days, 1), 366);
        Instant now = clock.instant();
        Instant from = now.minus(Duration.ofDays(period));
        model.addAttribute("days", period);
        model.addAttribute("mostViewed", feedback.mostViewed(actor, 10));
        model.addAttribute("leastHelpful", feedback.leastHelpful(actor, 10));
        model.addAttribute("sessions", deflections.sessionsWithSuggestions(from, now));
        model.addAttribute("deflected", deflections.deflected(from, now));
        var pending = feedback.pending(actor);
        Map<Long, String> titles = new HashMap<>();
        pending.forEach(c -> titles.computeIfAbsent(c.articleId(), id -> articles.get(actor, id).title()));
        model.addAttribute("pending", pending);
        model.addAttribute("titles", titles);
        model.addAttribute("authors", directory.users(pending.stream().map(KbComment::authorId).toList()));
        return "knowledge/agent/insights";
    }

    @PostMapping("/comments/{id}")
    String moderate(Actor actor, @PathVariable long id, @RequestParam String status, RedirectAttributes redirect) {
        KbComment.Status target = KbComment.Status.fromCode(status);
        if (target == null) {
            throw new dev.atende.shared.NotFoundException("error.kb.comment.notFound");
        }
        feedback.moderate(actor, id, target);
        redirect.addFlashAttribute("flash", "kb.agent.comment." + target.code());
        return "redirect:/agent/kb/insights#comments";
    }

    @GetMapping("/categories")
    String categories(Actor actor, Model model, Locale locale) {
        dev.atende.knowledge.KbAccess.requireWriter(actor);
        model.addAttribute("categories", categories.list(actor));
        model.addAttribute("paths", categories.paths(actor, locale));
        return "knowledge/agent/categories";
    }

    @PostMapping("/categories")
    String addCategory(Actor actor, @RequestParam(required = false) String name,
            @RequestParam(required = false) String nameEn, @RequestParam(required = false) String namePt,
            @RequestParam(required = false) Long parent, Locale locale, RedirectAttributes redirect) {
        Map<String, String> names = new HashMap<>();
        if (nameEn != null && !nameEn.isBlank()) {
            names.put("en", nameEn);
        }
        if (namePt != null && !namePt.isBlank()) {
            names.put("pt-BR", namePt);
        }
        try {
            var created = categories.create(actor, new CategoryDraft(Change.to(name), Change.to(parent), Change.absent(),
                    Change.to(names)));
            redirect.addFlashAttribute("flash", "kb.agent.category.created");
            redirect.addFlashAttribute("flashArg", created.name());
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", e.messageCode());
        }
        return "redirect:/agent/kb/categories";
    }

    @PostMapping("/categories/{id}/delete")
    String deleteCategory(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        try {
            categories.delete(actor, id);
            redirect.addFlashAttribute("flash", "kb.agent.category.deleted");
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", "kb.agent.category.inUse");
        }
        return "redirect:/agent/kb/categories";
    }
}

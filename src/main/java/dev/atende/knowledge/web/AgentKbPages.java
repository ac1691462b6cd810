package dev.atende.knowledge.web;

import dev.atende.identity.Actor;
import dev.atende.knowledge.KbArticle;
import dev.atende.knowledge.KbArticleFilter;
import dev.atende.knowledge.KbArticleManagement;
import dev.atende.knowledge.KbCategoryManagement;
import dev.atende.knowledge.KbStatus;
import dev.atende.knowledge.KbVisibility;
import dev.atende.shared.DomainException;
import dev.atende.shared.FormErrors;
import dev.atende.shared.Locales;
import dev.atende.shared.PageRequest;
import dev.atende.shared.SafeHtml;
import dev.atende.ticket.Article;
import dev.atende.ticket.ArticleSender;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketManagement;
import dev.atende.ticket.Timeline;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team's knowledge-base pages: the list of articles, the editor (with preview, publish,
 * archive), the version history with restore, and "create an article from this ticket".
 */
@Controller
@RequestMapping("/agent/kb")
class AgentKbPages {

    private static final String EDITOR = "knowledge/agent/editor";
    private static final Set<String> FIELDS = Set.of("title", "body", "category", "tags", "visibility", "locale");

    private final KbArticleManagement articles;
    private final KbCategoryManagement categories;
    private final TicketManagement tickets;
    private final KbViews views;
    private final MessageSource messages;

    AgentKbPages(KbArticleManagement articles, KbCategoryManagement categories, TicketManagement tickets,
            KbViews views, MessageSource messages) {
        this.articles = articles;
        this.categories = categories;
        this.tickets = tickets;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) String status,
            @RequestParam(required = false) String visibility, @RequestParam(required = false) String locale,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model,
            Locale pageLocale) {
        KbStatus s = KbStatus.fromCode(status);
        KbVisibility v = KbVisibility.fromCode(visibility);
        Locale l = Locales.parse(locale);
        String title = q == null || q.length() <= 200 ? q : q.substring(0, 200);
        var result = articles.list(actor, new KbArticleFilter(s, v, l == null ? null : l.toLanguageTag(), null, title),
                new PageRequest(Math.max(page, 0), 50));
        model.addAttribute("articles", result.items());
        model.addAttribute("result", result);
        model.addAttribute("paths", categories.paths(actor, pageLocale));
        model.addAttribute("filter", new KbArticleFilter(s, v, l == null ? null : l.toLanguageTag(), null, q));
        return "knowledge/agent/articles";
    }

    @GetMapping("/new")
    ModelAndView newArticle(Actor actor, @RequestParam(required = false) Long fromTicket,
            @RequestParam(required = false) Long translationOf, Model model, Locale locale) {
        ArticleForm form = ArticleForm.blank(Locales.supported(locale).toLanguageTag());
        if (fromTicket != null) {
            form = fromTicket(actor, fromTicket, form);
        }
        if (translationOf != null) {
            KbArticle original = articles.get(actor, translationOf);
            String target = original.locale().startsWith("pt") ? Locales.EN.toLanguageTag() : Locales.PT_BR.toLanguageTag();
            form = new ArticleForm(original.title(), original.body(), original.categoryId(),
                    String.join(", ", original.tags()), original.visibility().code(), target, null, original.id(), null);
        }
        return editor(actor, model, null, form, FormErrors.NONE, null, locale);
    }

    @PostMapping("/new")
    ModelAndView create(Actor actor, ArticleForm form, @RequestParam(defaultValue = "draft") String action,
            Model model, Locale locale, RedirectAttributes redirect) {
        if ("preview".equals(action)) {
            return editor(actor, model, null, form, FormErrors.NONE, SafeHtml.sanitize(form.body()), locale);
        }
        try {
            KbArticle created = articles.create(actor, form.draft(status(action)));
            redirect.addFlashAttribute("flash", "kb.agent.saved");
            return new ModelAndView("redirect:/agent/kb/articles/" + created.id());
        } catch (DomainException e) {
            return refused(actor, model, null, form, e, locale);
        }
    }

    @GetMapping("/articles/{id}")
    ModelAndView edit(Actor actor, @PathVariable long id, Model model, Locale locale) {
        KbArticle article = articles.get(actor, id);
        dev.atende.knowledge.KbAccess.requireWriter(actor);
        return editor(actor, model, article, ArticleForm.of(article), FormErrors.NONE, null, locale);
    }

    @PostMapping("/articles/{id}")
    ModelAndView update(Actor actor, @PathVariable long id, ArticleForm form,
            @RequestParam(defaultValue = "draft") String action, Model model, Locale locale,
            RedirectAttributes redirect) {
        KbArticle article = articles.get(actor, id);
        if ("preview".equals(action)) {
            return editor(actor, model, article, form, FormErrors.NONE, SafeHtml.sanitize(form.body()), locale);
        }
        try {
            articles.update(actor, id, form.version(), form.draft("save".equals(action) ? null : status(action)));
            redirect.addFlashAttribute("flash", "kb.agent.saved");
            return new ModelAndView("redirect:/agent/kb/articles/" + id);
        } catch (DomainException e) {
            return refused(actor, model, article, form, e, locale);
        }
    }

    @GetMapping("/articles/{id}/versions")
    String versions(Actor actor, @PathVariable long id, @RequestParam(required = false) Integer show, Model model,
            Locale locale) {
        KbArticle article = articles.get(actor, id);
        var history = views.versions(actor, articles.versions(actor, id), locale);
        model.addAttribute("article", article);
        model.addAttribute("versions", history);
        model.addAttribute("shown", show == null ? null
                : history.stream().filter(v -> v.revision() == show).findFirst().orElse(null));
        return "knowledge/agent/versions";
    }

    @PostMapping("/articles/{id}/versions/{revision}/restore")
    String restore(Actor actor, @PathVariable long id, @PathVariable int revision, RedirectAttributes redirect) {
        articles.restore(actor, id, revision, null);
        redirect.addFlashAttribute("flash", "kb.agent.restored");
        redirect.addFlashAttribute("flashArg", revision);
        return "redirect:/agent/kb/articles/" + id;
    }

    /** A draft from a solved ticket: its subject, and the last public reply from the team as the body. */
    private ArticleForm fromTicket(Actor actor, long ticketId, ArticleForm blank) {
        Ticket ticket = tickets.get(actor, ticketId);
        Timeline timeline = tickets.timeline(actor, ticketId);
        Article answer = null;
        for (Timeline.Entry entry : timeline.entries()) {
            if (entry instanceof Timeline.Message message && message.article().sender() == ArticleSender.AGENT
                    && !message.article().isInternal()) {
                answer = message.article();
            }
        }
        String body = "";
        if (answer != null) {
            body = Article.HTML.equalsIgnoreCase(answer.contentType()) ? SafeHtml.sanitize(answer.body())
                    : KbPlainText.toHtml(answer.body());
        }
        return new ArticleForm(ticket.subject(), body, null, "", KbVisibility.PUBLIC.code(), blank.locale(), null, null,
                ticketId);
    }

    private ModelAndView refused(Actor actor, Model model, KbArticle article, ArticleForm form, DomainException e,
            Locale locale) {
        if (e.status() == 404 || e.status() == 403) {
            throw e;
        }
        FormErrors errors = e.status() == 412
                ? new FormErrors(java.util.Map.of(), java.util.List.of(messages.getMessage("error.kb.stale", null, locale)))
                : FormErrors.of(e, messages, locale, FIELDS);
        var page = editor(actor, model, article, form, errors, null, locale);
        page.setStatus(e.status() == 412 ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    private ModelAndView editor(Actor actor, Model model, KbArticle article, ArticleForm form, FormErrors errors,
            String preview, Locale locale) {
        model.addAttribute("article", article);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("preview", preview);
        model.addAttribute("categories", categories.paths(actor, locale));
        model.addAttribute("translations", article == null ? java.util.Map.of() : articles.translations(actor, article));
        return new ModelAndView(EDITOR, model.asMap());
    }

    private static KbStatus status(String action) {
        return switch (action) {
            case "publish" -> KbStatus.PUBLISHED;
            case "archive" -> KbStatus.ARCHIVED;
            default -> KbStatus.DRAFT;
        };
    }
}

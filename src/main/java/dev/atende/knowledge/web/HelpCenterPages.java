package dev.atende.knowledge.web;

import dev.atende.identity.Actor;
import dev.atende.identity.CurrentActor;
import dev.atende.identity.Directory;
import dev.atende.knowledge.Deflections;
import dev.atende.knowledge.KbArticle;
import dev.atende.knowledge.KbArticleFilter;
import dev.atende.knowledge.KbArticleManagement;
import dev.atende.knowledge.KbCategory;
import dev.atende.knowledge.KbCategoryManagement;
import dev.atende.knowledge.KbFeedback;
import dev.atende.knowledge.KbFiles;
import dev.atende.knowledge.KbSearch;
import dev.atende.knowledge.KbSearchResults;
import dev.atende.knowledge.KbStatus;
import dev.atende.search.SearchText;
import dev.atende.shared.DomainException;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.Locales;
import dev.atende.shared.NotFoundException;
import dev.atende.shared.PageRequest;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public help center: categories, articles, search, in Portuguese or English, for anyone,
 * signed in or not. Visitors and customers only ever get published public articles (the
 * services decide). The page language is {@code ?lang=} when given, else the reader's; an
 * article is shown in its own language, with links to its translations.
 */
@Controller
@RequestMapping("/help")
class HelpCenterPages {

    static final String VOTER_COOKIE = "atende_kb_voter";
    private static final Logger log = LoggerFactory.getLogger(HelpCenterPages.class);
    private static final int PAGE_SIZE = 20;

    private final KbArticleManagement articles;
    private final KbCategoryManagement categories;
    private final KbSearch search;
    private final KbFeedback feedback;
    private final KbFiles files;
    private final Deflections deflections;
    private final CurrentActor current;
    private final MessageSource messages;
    private final Directory directory;

    HelpCenterPages(KbArticleManagement articles, KbCategoryManagement categories, KbSearch search,
            KbFeedback feedback, KbFiles files, Deflections deflections, CurrentActor current, MessageSource messages,
            Directory directory) {
        this.directory = directory;
        this.articles = articles;
        this.categories = categories;
        this.search = search;
        this.feedback = feedback;
        this.files = files;
        this.deflections = deflections;
        this.current = current;
        this.messages = messages;
    }

    @GetMapping
    String home(@RequestParam(required = false) String lang, HttpServletRequest request, Model model) {
        Actor actor = current.get().orElse(null);
        Locale locale = pageLocale(lang, request, model);
        var top = categories.list(actor).stream().filter(c -> c.parentId() == null).toList();
        model.addAttribute("categories", top);
        model.addAttribute("recent", articles.list(actor, new KbArticleFilter(KbStatus.PUBLISHED, null,
                locale.toLanguageTag(), null, null), new PageRequest(0, 10)).items());
        return "knowledge/help/home";
    }

    @GetMapping("/categories/{id}")
    String category(@PathVariable long id, @RequestParam(required = false) String lang,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        Actor actor = current.get().orElse(null);
        Locale locale = pageLocale(lang, request, model);
        KbCategory category = categories.get(actor, id);
        List<KbCategory> all = categories.list(actor);
        model.addAttribute("category", category);
        model.addAttribute("path", categories.paths(actor, locale).get(id));
        model.addAttribute("children", all.stream().filter(c -> Long.valueOf(id).equals(c.parentId())).toList());
        var result = articles.list(actor, new KbArticleFilter(KbStatus.PUBLISHED, null, locale.toLanguageTag(), id, null),
                new PageRequest(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("articles", result.items());
        model.addAttribute("result", result);
        return "knowledge/help/category";
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String lang,
            HttpServletRequest request, Model model) {
        Actor actor = current.get().orElse(null);
        Locale locale = pageLocale(lang, request, model);
        model.addAttribute("q", q == null ? "" : q);
        KbSearchResults results = KbSearchResults.none();
        try {
            SearchText text = SearchText.parse(q);
            results = search.search(actor, text, locale.toLanguageTag(), KbSearch.Scope.PUBLISHED, 0, PAGE_SIZE);
            if (results.items().isEmpty()) {
                results = search.search(actor, text, null, KbSearch.Scope.PUBLISHED, 0, PAGE_SIZE);
            }
        } catch (InvalidInputException e) {
            var problem = e.fieldProblems().get(0);
            model.addAttribute("problem", messages.getMessage(problem.messageCode(), problem.args(), locale));
        }
        model.addAttribute("results", results);
        return "knowledge/help/search";
    }

    @GetMapping("/articles/{key}")
    Object article(@PathVariable String key, @RequestParam(required = false) String draft,
            HttpServletRequest request, Model model) {
        Actor actor = current.get().orElse(null);
        KbArticle article = articles.get(actor, idOf(key));
        if (draft != null) {
            recordOpen(draft, article, actor);
        }
        if (!key.equals(article.id() + "-" + article.slug())) {
            var target = UriComponentsBuilder.fromPath(article.helpPath());
            String lang = request.getParameter("lang");
            if (lang != null && Locales.parse(lang) != null) {
                target.queryParam("lang", lang);
            }
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(target.build().encode().toUri()).build();
        }
        Locale locale = Locales.parse(article.locale());
        request.setAttribute(Locales.PAGE_LOCALE, locale);
        model.addAttribute("lang", locale.toLanguageTag());
        model.addAttribute("otherLang", other(locale).toLanguageTag());
        feedback.viewed(actor, article);
        model.addAttribute("article", article);
        model.addAttribute("path", article.categoryId() == null ? null
                : categories.paths(actor, locale).get(article.categoryId()));
        model.addAttribute("translations", articles.translations(actor, article));
        model.addAttribute("files", files.of(actor, article.id()).stream().filter(f -> !f.isImage()).toList());
        model.addAttribute("votes", feedback.votes(article.id()));
        var comments = feedback.approvedComments(article.id());
        model.addAttribute("comments", comments);
        model.addAttribute("commentAuthors", directory.users(comments.stream().map(c -> c.authorId()).toList()));
        model.addAttribute("body", dev.atende.shared.SafeHtml.sanitize(article.body()));
        return "knowledge/help/article";
    }

    @PostMapping("/articles/{id}/votes")
    String vote(@PathVariable long id, @RequestParam(required = false) String helpful, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = current.get().orElse(null);
        KbArticle article = articles.get(actor, id);
        String token = actor == null ? voterToken(request, response) : null;
        try {
            feedback.vote(actor, id, "yes".equals(helpful) || "true".equals(helpful), token, request.getRemoteAddr());
            redirect.addFlashAttribute("flash", "kb.help.vote.thanks");
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", e.messageCode());
        }
        return "redirect:" + article.helpPath() + "#feedback";
    }

    @PostMapping("/articles/{id}/comments")
    String comment(@PathVariable long id, @RequestParam(required = false) String body, RedirectAttributes redirect) {
        Actor actor = current.get().orElse(null);
        KbArticle article = articles.get(actor, id);
        if (actor == null) {
            return "redirect:/login";
        }
        try {
            var comment = feedback.comment(actor, id, body);
            redirect.addFlashAttribute("flash", comment.status() == dev.atende.knowledge.KbComment.Status.APPROVED
                    ? "kb.help.comment.published" : "kb.help.comment.pending");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", "kb.help.comment.invalid");
        }
        return "redirect:" + article.helpPath() + "#comments";
    }

    @GetMapping("/files/{id}/{name}")
    ResponseEntity<InputStreamResource> file(@PathVariable long id, @PathVariable String name) {
        Actor actor = current.get().orElse(null);
        var download = files.open(actor, id);
        return KbFileResponses.of(download, actor == null);
    }

    private void recordOpen(String draft, KbArticle article, Actor actor) {
        if (!article.isPublic() && (actor == null || !actor.isStaff())) {
            return;
        }
        try {
            deflections.opened(draft, article.id(), actor != null && actor.isCustomer() ? actor.id() : null);
        } catch (RuntimeException e) {
            log.warn("Could not record that article {} was opened from a new request", article.id(), e);
        }
    }

    /** The language of the page: {@code ?lang=} when it is one we speak, else the reader's. */
    static Locale pageLocale(String lang, HttpServletRequest request, Model model) {
        Locale locale = Locales.parse(lang);
        if (locale == null) {
            locale = Locales.supported(org.springframework.web.servlet.support.RequestContextUtils.getLocale(request));
        }
        request.setAttribute(Locales.PAGE_LOCALE, locale);
        model.addAttribute("lang", locale.toLanguageTag());
        model.addAttribute("otherLang", other(locale).toLanguageTag());
        return locale;
    }

    private static Locale other(Locale locale) {
        return Locales.PT_BR.equals(locale) ? Locales.EN : Locales.PT_BR;
    }

    private static long idOf(String key) {
        int end = 0;
        while (end < key.length() && end < 18 && Character.isDigit(key.charAt(end))) {
            end++;
        }
        if (end == 0 || (end < key.length() && key.charAt(end) != '-')) {
            throw new NotFoundException("error.kb.notFound");
        }
        return Long.parseLong(key.substring(0, end));
    }

    private static String voterToken(HttpServletRequest request, HttpServletResponse response) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (VOTER_COOKIE.equals(cookie.getName()) && cookie.getValue().matches("[0-9a-f-]{36}")) {
                    return cookie.getValue();
                }
            }
        }
        String token = UUID.randomUUID().toString();
        Cookie cookie = new Cookie(VOTER_COOKIE, token);
        cookie.setPath("/help");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setAttribute("SameSite", "Lax");
        cookie.setSecure(request.isSecure());
        response.addCookie(cookie);
        return token;
    }
}

package dev.atende.search.web;

import dev.atende.identity.Actor;
import dev.atende.search.GlobalSearch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The search index for admins: its state, and a button that rebuilds it in the background. */
@Controller
class AdminSearchPage {

    private final GlobalSearch search;

    AdminSearchPage(GlobalSearch search) {
        this.search = search;
    }

    @GetMapping("/admin/search")
    String show(Actor actor, Model model) {
        model.addAttribute("index", search.status(actor));
        return "search/admin";
    }

    @PostMapping("/admin/search/rebuild")
    String rebuild(Actor actor, RedirectAttributes redirect) {
        search.rebuild(actor);
        redirect.addFlashAttribute("flash", "search.admin.started");
        return "redirect:/admin/search";
    }
}

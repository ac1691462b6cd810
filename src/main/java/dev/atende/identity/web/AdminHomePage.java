package dev.atende.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin area's entry: links to people, organizations and groups (later modules add theirs). */
@Controller
class AdminHomePage {

    @GetMapping("/admin")
    String home() {
        return "identity/admin/index";
    }
}

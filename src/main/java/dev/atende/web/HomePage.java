package dev.atende.web;

import dev.atende.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The root sends everyone to where their work is: staff to the queues, customers to their requests. */
@Controller
class HomePage {

    @GetMapping("/")
    String home(Actor actor) {
        return actor.isStaff() ? "redirect:/agent" : "redirect:/portal";
    }
}

package dev.atende.identity.web;

import dev.atende.identity.Actor;
import dev.atende.identity.SignupManagement;
import dev.atende.identity.SignupRules;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Accounts")
@RestController
@RequestMapping("/api/v1/settings/signup")
class SignupApi {

    private final SignupManagement signups;

    SignupApi(SignupManagement signups) {
        this.signups = signups;
    }

    @Schema(description = "Who may sign up at /signup")
    record SignupJson(
            @Schema(allowableValues = {"open", "domains", "invite_only"}) String mode,
            @Schema(description = "With mode domains: the domains whose addresses may sign up (exact match)")
            List<String> domains) {

        static SignupJson of(SignupRules rules) {
            return new SignupJson(rules.mode().code(), List.copyOf(rules.domains()));
        }
    }

    @Operation(summary = "The sign-up settings (admins)")
    @GetMapping
    SignupJson get(Actor actor) {
        return SignupJson.of(signups.rules(actor));
    }

    @Operation(summary = "Change the sign-up settings (admins); domains omitted or null keeps them")
    @PutMapping
    SignupJson put(Actor actor, @RequestBody SignupJson request) {
        return SignupJson.of(signups.change(actor, request.mode(), request.domains()));
    }
}

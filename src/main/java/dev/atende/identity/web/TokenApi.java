package dev.atende.identity.web;

import dev.atende.identity.Actor;
import dev.atende.identity.TokenManagement;
import dev.atende.identity.TokenManagement.TokenView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Tokens")
@RestController
@RequestMapping("/api/v1/tokens")
class TokenApi {

    private final TokenManagement tokens;

    TokenApi(TokenManagement tokens) {
        this.tokens = tokens;
    }

    record NewToken(String name, Instant expiresAt) {
    }

    @Operation(summary = "Create a personal access token; the token is in this answer only")
    @PostMapping
    ResponseEntity<TokenView> create(Actor actor, @RequestBody NewToken request) {
        var token = tokens.issue(actor, request.name(), request.expiresAt());
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + token.id())).body(token);
    }

    @Operation(summary = "The caller's tokens (without the secret)")
    @GetMapping
    List<TokenView> list(Actor actor) {
        return tokens.list(actor);
    }

    @Operation(summary = "Revoke one of the caller's tokens")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(Actor actor, @PathVariable long id) {
        tokens.revoke(actor, id);
        return ResponseEntity.noContent().build();
    }
}

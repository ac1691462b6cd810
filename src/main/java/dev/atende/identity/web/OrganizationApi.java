package dev.atende.identity.web;

import dev.atende.identity.Actor;
import dev.atende.identity.OrganizationManagement;
import dev.atende.identity.web.IdentityJson.OrganizationJson;
import dev.atende.shared.PatchReader;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "People")
@RestController
@RequestMapping("/api/v1/organizations")
class OrganizationApi {

    private final OrganizationManagement organizations;

    OrganizationApi(OrganizationManagement organizations) {
        this.organizations = organizations;
    }

    record NewOrganization(@NotBlank @Size(max = 200) String name, @Size(max = 100) List<String> domains,
            Boolean shared) {
    }

    @GetMapping
    List<OrganizationJson> list(Actor actor) {
        return organizations.list(actor).stream().map(IdentityJson::of).toList();
    }

    @GetMapping("/{id}")
    OrganizationJson get(Actor actor, @PathVariable long id) {
        return IdentityJson.of(organizations.get(actor, id));
    }

    @PostMapping
    ResponseEntity<OrganizationJson> create(Actor actor, @Valid @RequestBody NewOrganization request) {
        var o = organizations.create(actor, request.name(), request.shared(), request.domains());
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + o.id())).body(IdentityJson.of(o));
    }

    @PatchMapping("/{id}")
    OrganizationJson update(Actor actor, @PathVariable long id, @RequestBody JsonNode body) {
        var patch = new PatchReader(body);
        var name = patch.string("name", 200, false);
        var shared = patch.bool("shared");
        var domains = patch.strings("domains", 100, 253);
        patch.done();
        return IdentityJson.of(organizations.update(actor, id, name, shared, domains));
    }
}

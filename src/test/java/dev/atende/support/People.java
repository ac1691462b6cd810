package dev.atende.support;

import dev.atende.identity.Role;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Creates users through the API, as the bootstrapped admin, each with a unique e-mail and the
 * password {@link #PASSWORD}.
 *
 * <pre>{@code
 * TestUser customer = people.customer();
 * TestUser agent = people.agent(l1GroupId);
 * TestUser vip = people.create(Role.CUSTOMER, Api.json("name", "Zoë", "organization", orgId));
 * }</pre>
 */
public final class People {

    /** The password of every user created here. */
    public static final String PASSWORD = "test-password-42";

    private static final Map<String, Long> ADMIN_IDS = new ConcurrentHashMap<>();

    private final Api api;
    private final String server;

    People(Api api, String server) {
        this.api = api;
        this.server = server;
    }

    /** The people of a server started by the test itself (not through {@link ApiSpec}). */
    public static People on(int port) {
        return new People(Api.at(port), "localhost:" + port);
    }

    /** The admin created on start-up ({@link TestServer#ADMIN_EMAIL}); do not demote or deactivate it. */
    public TestUser admin() {
        long id = ADMIN_IDS.computeIfAbsent(server, s ->
                api.basic(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD).get("/api/v1/users/me").expect(200).id());
        return new TestUser(id, TestServer.ADMIN_EMAIL, "Admin", TestServer.ADMIN_PASSWORD, Role.ADMIN);
    }

    public TestUser customer() {
        return create(Role.CUSTOMER, Map.of());
    }

    /** An agent, member of these groups (none when empty). */
    public TestUser agent(long... groupIds) {
        return create(Role.AGENT, Map.of("groups", Arrays.stream(groupIds).boxed().toList()));
    }

    /** Another admin (not the bootstrapped one). */
    public TestUser newAdmin() {
        return create(Role.ADMIN, Map.of());
    }

    /**
     * A user with this role; {@code fields} adds to or overrides the request
     * ({@code name}, {@code email}, {@code organization}, {@code groups}, {@code locale}...).
     */
    public TestUser create(Role role, Map<String, ?> fields) {
        Map<String, Object> request = Api.json("email", Unique.email(role.code()), "name",
                Unique.name("Test " + role.code()), "role", role.code(), "password", PASSWORD);
        request.putAll(fields);
        JsonNode created = api.as(admin()).post("/api/v1/users", request).expect(201).json();
        return new TestUser(created.get("id").asLong(), created.get("email").asString(),
                created.get("name").asString(), String.valueOf(request.get("password")), role);
    }
}

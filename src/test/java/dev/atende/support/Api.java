package dev.atende.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the running server as a script or integration would. Immutable: {@link #as},
 * {@link #bearer}, {@link #language} and {@link #header} return a copy with that credential or
 * header, so one instance can be shared by a whole test.
 *
 * <pre>{@code
 * var created = api.as(agent).post("/api/v1/tickets", Api.json("subject", "Printer", "body", "Jammed"))
 *         .expect(201);
 * var problem = api.as(customer).language("pt-BR").get("/api/v1/users").expectProblem(403);
 * }</pre>
 */
public final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final URI base;
    private final Map<String, String> headers;

    private Api(URI base, Map<String, String> headers) {
        this.base = base;
        this.headers = headers;
    }

    /** Anonymous calls to the server on this local port. */
    public static Api at(int port) {
        return new Api(URI.create("http://localhost:" + port), Map.of());
    }

    /** HTTP Basic as this user. */
    public Api as(TestUser user) {
        return basic(user.email(), user.password());
    }

    public Api basic(String email, String password) {
        String credentials = email + ":" + password;
        return header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    public Api bearer(String token) {
        return header("Authorization", "Bearer " + token);
    }

    /** Without credentials. */
    public Api anonymous() {
        return header("Authorization", null);
    }

    /** {@code Accept-Language}, e.g. {@code "pt-BR"}. */
    public Api language(String tag) {
        return header("Accept-Language", tag);
    }

    /** A copy that sends this header on every call; a null value removes it. */
    public Api header(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.remove(name);
        if (value != null) {
            copy.put(name, value);
        }
        return new Api(base, Map.copyOf(copy));
    }

    public ApiResponse get(String path) {
        return send("GET", path, BodyPublishers.noBody(), null);
    }

    public ApiResponse delete(String path) {
        return send("DELETE", path, BodyPublishers.noBody(), null);
    }

    /** POST with the body written as JSON (a {@code Map}, a record, a {@code JsonNode}...). */
    public ApiResponse post(String path, Object body) {
        return sendJson("POST", path, body);
    }

    public ApiResponse put(String path, Object body) {
        return sendJson("PUT", path, body);
    }

    public ApiResponse patch(String path, Object body) {
        return sendJson("PATCH", path, body);
    }

    /** Sends this exact text, e.g. malformed JSON or another content type. */
    public ApiResponse send(String method, String path, String body, String contentType) {
        return send(method, path, BodyPublishers.ofString(body, StandardCharsets.UTF_8), contentType);
    }

    /** The general case: any body (a publisher without a known length is sent chunked). */
    public ApiResponse send(String method, String path, BodyPublisher body, String contentType) {
        URI uri = path.startsWith("http://") || path.startsWith("https://") ? URI.create(path) : base.resolve(path);
        var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).method(method, body);
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            var response = CLIENT.send(request.build(), BodyHandlers.ofByteArray());
            return new ApiResponse(method, uri.toString(), response.statusCode(), response.headers(),
                    new String(response.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private ApiResponse sendJson(String method, String path, Object body) {
        return send(method, path, JSON.writeValueAsString(body), "application/json");
    }

    /**
     * A JSON object from alternating names and values, in that order; values may be null
     * (unlike {@code Map.of}): {@code Api.json("name", "ACME", "shared", true, "domains", List.of())}.
     */
    public static Map<String, Object> json(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return object;
    }
}

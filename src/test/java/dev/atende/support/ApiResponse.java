package dev.atende.support;

import java.net.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One answer of the server: status, headers and body (read as UTF-8). {@link #expect} and
 * {@link #expectProblem} fail with the whole answer in the message, so a failing test says why.
 */
public record ApiResponse(String method, String uri, int status, HttpHeaders headers, String body) {

    /** The body parsed as JSON. */
    public JsonNode json() {
        try {
            return Api.JSON.readTree(body);
        } catch (JacksonException e) {
            throw new AssertionError("not JSON: " + this, e);
        }
    }

    /** The {@code id} of the JSON body (what a create answers). */
    public long id() {
        JsonNode id = json().get("id");
        if (id == null || !id.isIntegralNumber()) {
            throw new AssertionError("no numeric id in " + this);
        }
        return id.asLong();
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public String contentType() {
        return header("Content-Type");
    }

    /** Whether the body is {@code application/problem+json} (RFC 9457). */
    public boolean isProblem() {
        String type = contentType();
        return type != null && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(type));
    }

    /** This answer, when it has this status; otherwise an AssertionError showing the answer. */
    public ApiResponse expect(int expectedStatus) {
        if (status != expectedStatus) {
            throw new AssertionError("expected status " + expectedStatus + " but got " + this);
        }
        return this;
    }

    /**
     * The problem document of this answer, when it has this status, is
     * {@code application/problem+json} and carries the same status inside.
     */
    public JsonNode expectProblem(int expectedStatus) {
        expect(expectedStatus);
        if (!isProblem()) {
            throw new AssertionError("expected application/problem+json but got " + this);
        }
        JsonNode problem = json();
        if (problem.path("status").asInt() != expectedStatus) {
            throw new AssertionError("problem status differs from the HTTP status in " + this);
        }
        return problem;
    }

    @Override
    public String toString() {
        String shown = body.length() > 2000 ? body.substring(0, 2000) + "..." : body;
        return method + " " + uri + " -> " + status + " " + headers.map() + "\n" + shown;
    }
}

package dev.atende.ticket;

import dev.atende.support.TestUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A signed-in browser session over plain HTTP: a cookie jar, the CSRF token of the last page,
 * and form posts as a browser sends them. Redirects are not followed, so tests see them.
 */
public final class BrowserSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final URI base;
    private final String language;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String csrf = "";

    private BrowserSession(int port, String language) {
        this.base = URI.create("http://localhost:" + port);
        this.language = language;
    }

    /** Someone who has not signed in (who opens a link from a mail, say). */
    public static BrowserSession anonymous(int port, String language) {
        return new BrowserSession(port, language);
    }

    public static BrowserSession signIn(int port, TestUser user, String language) {
        var session = new BrowserSession(port, language);
        session.get("/login");
        var answer = session.post("/login", "username", user.email(), "password", user.password());
        if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("sign-in failed for " + user + ": " + answer.statusCode());
        }
        return session;
    }

    /** The session's cookies as a {@code Cookie} header, for a client of another kind (a WebSocket). */
    public String cookieHeader() {
        return cookies.getCookieStore().get(base).stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    /** A path, or a whole link (from a mail, pointing at the configured base URL) taken to this server. */
    public HttpResponse<String> get(String pathOrUrl) {
        return remember(send(HttpRequest.newBuilder(target(pathOrUrl)).GET()));
    }

    /** A url-encoded form post with the current CSRF token; fields as name, value pairs. */
    public HttpResponse<String> post(String path, String... namesAndValues) {
        String form = Stream.concat(Stream.of("_csrf", csrf), Stream.of(namesAndValues)).collect(pairs());
        return remember(send(HttpRequest.newBuilder(target(path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(form))));
    }

    /** A form post without the CSRF token: what a forged cross-site form would send. */
    public HttpResponse<String> postWithoutCsrf(String path, String... namesAndValues) {
        String form = Stream.of(namesAndValues).collect(pairs());
        return send(HttpRequest.newBuilder(target(path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(form)));
    }

    /** A multipart post with the current CSRF token. */
    HttpResponse<String> post(String path, Multipart form) {
        form.field("_csrf", csrf);
        var body = form.finish();
        return remember(send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", body.contentType())
                .POST(BodyPublishers.ofByteArray(body.bytes()))));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.header("Accept-Language", language).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI target(String pathOrUrl) {
        URI given = URI.create(pathOrUrl);
        return base.resolve(given.getRawPath() + (given.getRawQuery() == null ? "" : "?" + given.getRawQuery()));
    }

    /** The CSRF token of the page: a form's hidden field, else the page's meta tag. */
    private HttpResponse<String> remember(HttpResponse<String> response) {
        Matcher field = CSRF.matcher(response.body());
        Matcher meta = CSRF_META.matcher(response.body());
        if (field.find()) {
            csrf = field.group(1);
        } else if (meta.find()) {
            csrf = meta.group(1);
        }
        return response;
    }

    private static java.util.stream.Collector<String, ?, String> pairs() {
        return Collectors.collectingAndThen(Collectors.toList(), list -> {
            var out = new StringBuilder();
            for (int i = 0; i + 1 < list.size(); i += 2) {
                out.append(out.isEmpty() ? "" : "&").append(URLEncoder.encode(list.get(i), StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(list.get(i + 1), StandardCharsets.UTF_8));
            }
            return out.toString();
        });
    }
}

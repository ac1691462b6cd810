package dev.atende.identity;

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

/**
 * A browser that is not signed in, over plain HTTP: a cookie jar, the CSRF token of the last
 * page, form posts as a browser sends them. Redirects are not followed, so tests see them.
 */
final class Visitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final URI base;
    private final String language;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String csrf = "";

    Visitor(int port, String language) {
        this.base = URI.create("http://localhost:" + port);
        this.language = language;
    }

    HttpResponse<String> get(String pathOrUrl) {
        URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : base.resolve(pathOrUrl);
        return remember(send(HttpRequest.newBuilder(uri).GET()));
    }

    /** A url-encoded form post with the current CSRF token; fields as name, value pairs. */
    HttpResponse<String> post(String path, String... namesAndValues) {
        return postRaw(path, true, namesAndValues);
    }

    /** The same without the CSRF token, as a forged cross-site form would send it. */
    HttpResponse<String> postWithoutToken(String path, String... namesAndValues) {
        return postRaw(path, false, namesAndValues);
    }

    private HttpResponse<String> postRaw(String path, boolean withToken, String... namesAndValues) {
        var form = new StringBuilder(withToken ? "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) : "");
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            form.append(form.isEmpty() ? "" : "&").append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return remember(send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form.toString()))));
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

    private HttpResponse<String> remember(HttpResponse<String> response) {
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }
}

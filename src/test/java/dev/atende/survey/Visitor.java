package dev.atende.survey;

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
 * Someone who opens a survey link without signing in: a browser with a cookie jar that sends
 * back the CSRF token of the last page it read (from a form's hidden field or the page's meta).
 */
final class Visitor {

    private static final Pattern FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

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
        return remember(send(HttpRequest.newBuilder(target(pathOrUrl)).GET()));
    }

    /** A form post with the CSRF token of the last page; fields as name, value pairs. */
    HttpResponse<String> post(String pathOrUrl, String... namesAndValues) {
        StringBuilder form = new StringBuilder("_csrf=").append(URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            form.append('&').append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return remember(send(HttpRequest.newBuilder(target(pathOrUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form.toString()))));
    }

    /** A link from a mail points at the configured base URL; the test server listens on its own port. */
    private URI target(String pathOrUrl) {
        URI given = URI.create(pathOrUrl);
        String path = given.getRawPath() + (given.getRawQuery() == null ? "" : "?" + given.getRawQuery());
        return base.resolve(path);
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
        Matcher field = FIELD.matcher(response.body());
        Matcher meta = META.matcher(response.body());
        if (field.find()) {
            csrf = field.group(1);
        } else if (meta.find()) {
            csrf = meta.group(1);
        }
        return response;
    }
}

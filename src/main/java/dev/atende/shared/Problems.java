package dev.atende.shared;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem details in the caller's language, for the exception handlers, the
 * error page of the API and the security filters, so that every API error has one shape.
 */
@Component
public class Problems {

    private final MessageSource messages;
    private final JsonMapper json;

    Problems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public ProblemDetail build(int status, String code, Object[] args, List<FieldProblem> fields, Locale locale) {
        Locale lang = Locales.supported(locale);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:atende:problem:" + code));
        problem.setTitle(messages.getMessage("http." + status, null, reason(status), lang));
        problem.setDetail(messages.getMessage(code, args, code, lang));
        problem.setProperty("code", code);
        if (!fields.isEmpty()) {
            problem.setProperty("errors", fields.stream()
                    .map(f -> Map.of("field", f.field(),
                            "message", messages.getMessage(f.messageCode(), f.args(), f.messageCode(), lang)))
                    .toList());
        }
        return problem;
    }

    public ProblemDetail build(int status, String code, Locale locale) {
        return build(status, code, new Object[0], List.of(), locale);
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        problem.setInstance(URI.create(failedUri != null ? failedUri.toString() : request.getRequestURI()));
        json.writeValue(response.getOutputStream(), asMap(problem));
    }

    /**
     * The caller's language as far as the request alone tells (filters answer before the
     * signed-in user is known): pt-BR when Accept-Language asks for Portuguese, else English,
     * whatever the server's own locale.
     */
    public static Locale requestLocale(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? Locales.EN : Locales.supported(request.getLocale());
    }

    public static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    private static String reason(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }
}

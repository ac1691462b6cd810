package dev.atende.shared.web;

import dev.atende.shared.Problems;

import dev.atende.shared.DomainException;
import dev.atende.shared.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every failure of an API controller into {@code application/problem+json}: domain
 * refusals with their own status, malformed JSON 400, well-formed but wrong values 422, and
 * anything unexpected a 500 without internals.
 */
@Order(1)
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Problems problems;

    ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domain(DomainException e, Locale locale) {
        return answer(e.status(), e.messageCode(), e.args(), e.fieldProblems(), locale);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Object> invalid(MethodArgumentNotValidException e, Locale locale) {
        List<FieldProblem> fields = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.contains(ConstraintViolation.class)
                        ? constraintProblem(f.getField(), f.unwrap(ConstraintViolation.class))
                        : new FieldProblem(f.getField(), "error.field.badValue", f.getField()))
                .toList();
        return answer(422, "error.validation", new Object[0], fields, locale);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<Object> invalid(HandlerMethodValidationException e, Locale locale) {
        List<FieldProblem> fields = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> parameterProblem(r, err)))
                .toList();
        return answer(422, "error.validation", new Object[0], fields, locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadable(HttpMessageNotReadableException e, Locale locale) {
        if (RequestSizeLimitFilter.isTooLarge(e)) {
            return answer(413, "error.body.tooLarge", locale);
        }
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = fieldPath(mismatch);
            return answer(422, "error.validation", new Object[0],
                    List.of(new FieldProblem(field, "error.field.badValue", field)), locale);
        }
        return answer(400, "error.json.malformed", locale);
    }

    @ExceptionHandler({MaxUploadSizeExceededException.class})
    ResponseEntity<Object> uploadTooLarge(Exception e, Locale locale) {
        return answer(413, "error.upload.tooLarge", locale);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> multipart(MultipartException e, Locale locale) {
        if (e.getRootCause() instanceof IllegalStateException && String.valueOf(e.getMessage()).contains("size")) {
            return answer(413, "error.upload.tooLarge", locale);
        }
        return answer(400, "error.multipart", locale);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Object> mediaType(HttpMediaTypeNotSupportedException e, Locale locale) {
        return answer(415, "error.mediaType", locale);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Object> notAcceptable(HttpMediaTypeNotAcceptableException e, Locale locale) {
        return answer(406, "error.notAcceptable", locale);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Object> method(HttpRequestMethodNotSupportedException e, Locale locale) {
        return answer(405, "error.method", locale);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
            MissingRequestHeaderException.class})
    ResponseEntity<Object> missing(Exception e, Locale locale) {
        return answer(400, "error.parameter.missing", locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        return answer(400, "error.parameter.invalid", new Object[] {e.getName()}, List.of(), locale);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<Object> stale(ObjectOptimisticLockingFailureException e, Locale locale) {
        return answer(412, "error.stale", locale);
    }

    /**
     * A uniqueness rule the database caught because two requests raced past the service's own
     * check (the same e-mail created twice at once): the loser gets a conflict, not a 500.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> conflict(DataIntegrityViolationException e, HttpServletRequest request, Locale locale) {
        log.warn("Integrity conflict on {} {}: {}", request.getMethod(), request.getRequestURI(),
                e.getMostSpecificCause().getMessage());
        return answer(409, "error.conflict", locale);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Object> noResource(NoResourceFoundException e, Locale locale) {
        return answer(404, "error.notFound", locale);
    }

    /** Sign-in found missing or void inside a controller (an account deactivated meanwhile). */
    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException e, Locale locale) {
        var problem = problems.build(401, "error.unauthenticated", locale);
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("WWW-Authenticate", "Basic realm=\"Atende\", Bearer").body(Problems.asMap(problem));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException e, Locale locale) {
        return answer(403, "error.forbidden", locale);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request, Locale locale) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(500, "error.internal", locale);
    }

    private ResponseEntity<Object> answer(int status, String code, Locale locale) {
        return answer(status, code, new Object[0], List.of(), locale);
    }

    private ResponseEntity<Object> answer(int status, String code, Object[] args, List<FieldProblem> fields,
            Locale locale) {
        var problem = problems.build(status, code, args, fields, locale);
        var builder = ResponseEntity.status(HttpStatus.valueOf(status)).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        return builder.body(Problems.asMap(problem));
    }

    /**
     * A Bean Validation failure as one of our message codes (the validator's own text would be
     * in the server's language, not the caller's).
     */
    private static FieldProblem constraintProblem(String field, ConstraintViolation<?> violation) {
        var constraint = violation.getConstraintDescriptor();
        String kind = constraint.getAnnotation().annotationType().getSimpleName();
        Object max = constraint.getAttributes().get("max");
        Object value = violation.getInvalidValue();
        return switch (kind) {
            case "NotNull", "NotBlank", "NotEmpty" -> new FieldProblem(field, "error.field.required");
            case "Size" -> value instanceof CharSequence text && max instanceof Integer m && text.length() > m
                    ? new FieldProblem(field, "error.field.tooLong", m)
                    : value instanceof Collection<?> items && max instanceof Integer m && items.size() > m
                            ? new FieldProblem(field, "error.field.tooMany", m)
                            : new FieldProblem(field, "error.field.badValue", field);
            default -> new FieldProblem(field, "error.field.badValue", field);
        };
    }

    private static FieldProblem parameterProblem(ParameterValidationResult result, MessageSourceResolvable error) {
        String name = result.getMethodParameter().getParameterName();
        try {
            return constraintProblem(name, result.unwrap(error, ConstraintViolation.class));
        } catch (IllegalArgumentException notBeanValidation) {
            return new FieldProblem(name, "error.field.badValue", name);
        }
    }

    private static String fieldPath(JacksonException e) {
        var path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}

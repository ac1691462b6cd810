package dev.atende.identity.web;

import dev.atende.identity.AccountRequestsThrottled;
import dev.atende.shared.Problems;
import java.util.List;
import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Too many account mails: 429 with {@code Retry-After}, which the general problem handler does not set. */
@Order(0)
@RestControllerAdvice(assignableTypes = UserApi.class)
class AccountApiAdvice {

    private final Problems problems;

    AccountApiAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(AccountRequestsThrottled.class)
    ResponseEntity<Object> throttled(AccountRequestsThrottled e, Locale locale) {
        var problem = problems.build(429, e.messageCode(), e.args(), List.of(), locale);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", Long.toString(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(Problems.asMap(problem));
    }
}

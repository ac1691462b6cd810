package dev.atende.automation.internal;

import dev.atende.shared.DomainException;
import dev.atende.shared.FieldProblem;
import dev.atende.shared.Locales;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Why a rule could not act on a ticket, in words for the run log (the installation's language). */
@Component
public class RuleFailures {

    private final MessageSource messages;
    private final Locale locale;

    RuleFailures(MessageSource messages, @Value("${atende.default-locale:en}") String defaultLocale) {
        this.messages = messages;
        this.locale = Locales.supported(Locale.forLanguageTag(defaultLocale));
    }

    public String describe(RuntimeException e) {
        if (e instanceof DomainException d) {
            if (!d.fieldProblems().isEmpty()) {
                return d.fieldProblems().stream().map(this::text).collect(Collectors.joining("; "));
            }
            return messages.getMessage(d.messageCode(), d.args(), d.messageCode(), locale);
        }
        return e.getClass().getSimpleName();
    }

    private String text(FieldProblem p) {
        return p.field() + ": " + messages.getMessage(p.messageCode(), p.args(), p.messageCode(), locale);
    }
}

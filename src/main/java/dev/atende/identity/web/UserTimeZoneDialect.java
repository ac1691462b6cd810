package dev.atende.identity.web;

import dev.atende.identity.CurrentActor;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.expression.Temporals;

/**
 * Makes {@code #temporals} on every page format instants in the signed-in user's time zone (the
 * one chosen in the profile, else the server's), so templates need no change to honour it.
 * Added after the standard dialect, its {@code temporals} is the one templates get.
 */
@Component
class UserTimeZoneDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final CurrentActor current;

    UserTimeZoneDialect(CurrentActor current) {
        super("atende-time-zone");
        this.current = current;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("temporals");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return new Temporals(context.getLocale(), current.zone());
            }

            @Override
            public boolean isCacheable(String name) {
                return true; // once per template run
            }
        };
    }
}

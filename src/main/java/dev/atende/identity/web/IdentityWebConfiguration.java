package dev.atende.identity.web;

import dev.atende.identity.Actor;
import dev.atende.identity.CurrentActor;
import dev.atende.shared.Locales;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

    private final CurrentActor current;

    IdentityWebConfiguration(CurrentActor current) {
        this.current = current;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver(current));
    }

    /**
     * The signed-in user's language when they chose one, else the browser's (pt-BR or English).
     * Read from the actor loaded for the request (cached there), so a language changed in the
     * profile or by an admin applies from the next page on, without signing in again.
     */
    @Bean
    LocaleResolver localeResolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                if (request.getAttribute(Locales.PAGE_LOCALE) instanceof Locale page) {
                    return page; // a page in a language of its own (a help-center article)
                }
                Locale chosen = current.get().map(Actor::locale).orElse(null);
                if (chosen != null) {
                    return chosen;
                }
                return Locales.supported(request.getHeader("Accept-Language") == null ? null : request.getLocale());
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                // the language is stored in the user's profile, not set per request
            }
        };
    }
}

package dev.atende.identity.web;

import dev.atende.identity.Actors;
import dev.atende.identity.internal.AtendeUserDetails;
import dev.atende.shared.Locales;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

    private final Actors actors;

    IdentityWebConfiguration(Actors actors) {
        this.actors = actors;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver(actors));
    }

    /** The signed-in user's language when they chose one, else the browser's (pt-BR or English). */
    @Bean
    LocaleResolver localeResolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                var auth = SecurityContextHolder.getContext().getAuthentication();
                if (auth != null && auth.getPrincipal() instanceof AtendeUserDetails user) {
                    Locale chosen = Locales.parse(user.locale());
                    if (chosen != null) {
                        return chosen;
                    }
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

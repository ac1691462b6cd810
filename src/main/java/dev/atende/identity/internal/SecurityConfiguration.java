package dev.atende.identity.internal;

import dev.atende.identity.TokenManagement;
import dev.atende.identity.Users;
import dev.atende.shared.Problems;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Two doors: the API (stateless; HTTP Basic or a bearer token; problem+json errors; no session
 * cookie is honoured there, so no CSRF) and the browser (form login, session, CSRF on every
 * form, strict CSP). Paths give a first coarse filter; the services check every permission.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService userDetails, PasswordEncoder encoder,
            LoginThrottle throttle) {
        var passwords = new DaoAuthenticationProvider(userDetails);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
    }

    @Bean
    AuthenticationEntryPoint apiEntryPoint(Problems problems) {
        return (request, response, e) -> {
            if (e instanceof LoginThrottledException throttled) {
                response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
                problems.write(request, response, problems.build(429, "error.login.throttled", Problems.requestLocale(request)));
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"Atende\", Bearer");
            problems.write(request, response, problems.build(401, "error.unauthenticated", Problems.requestLocale(request)));
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager,
            AuthenticationEntryPoint apiEntryPoint, Problems problems, TokenManagement tokens, Users users)
            throws Exception {
        AccessDeniedHandler denied = (request, response, e) ->
                problems.write(request, response, problems.build(403, "error.forbidden", Problems.requestLocale(request)));
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        // the help center's content is public; the knowledge module's services filter what each caller reads
                        .requestMatchers(HttpMethod.GET, "/api/v1/kb/**").permitAll()
                        .anyRequest().authenticated())
                .authenticationManager(authenticationManager)
                .httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, users, apiEntryPoint),
                        BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(apiEntryPoint).accessDeniedHandler(denied));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
                                "/signup", "/password/forgot", "/account/password", "/account/sent", "/colour-scheme",
                                "/favicon.ico", "/help/**", "/survey/**", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/agent/**").hasAnyRole("AGENT", "ADMIN")
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .authenticationManager(authenticationManager)
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler((request, response, e) -> response.sendRedirect(
                                e instanceof LoginThrottledException ? "/login?throttled" : "/login?error")))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .frameOptions(frame -> frame.deny()))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) ->
                        response.sendError(HttpServletResponse.SC_FORBIDDEN)));
        return http.build();
    }
}

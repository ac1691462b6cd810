package dev.atende.identity.web;

import dev.atende.identity.Actor;
import dev.atende.identity.Actors;
import dev.atende.identity.internal.AtendeUserDetails;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets any controller take the signed-in {@link Actor} as a parameter. */
class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    private static final String CACHE = ActorArgumentResolver.class.getName();

    private final Actors actors;

    ActorArgumentResolver(Actors actors) {
        this.actors = actors;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
            WebDataBinderFactory binders) {
        Object cached = request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
        if (cached instanceof Actor actor) {
            return actor;
        }
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AtendeUserDetails principal)) {
            throw new InsufficientAuthenticationException("sign in first");
        }
        Actor actor = actors.load(principal.userId())
                .orElseThrow(() -> new InsufficientAuthenticationException("account no longer active"));
        request.setAttribute(CACHE, actor, RequestAttributes.SCOPE_REQUEST);
        return actor;
    }
}

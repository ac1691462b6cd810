package dev.atende.identity;

import dev.atende.identity.internal.AtendeUserDetails;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in {@link Actor} of the current request, loaded once per request and shared by the
 * controller argument, the page shell and the locale resolver; empty for anonymous visitors and
 * for accounts deactivated since they signed in.
 */
@Component
public class CurrentActor {

    private static final String CACHE = CurrentActor.class.getName();
    private static final String ZONE_CACHE = CACHE + ".zone";
    private static final Object NONE = new Object();

    private final Actors actors;
    private final Users users;

    CurrentActor(Actors actors, Users users) {
        this.actors = actors;
        this.users = users;
    }

    /**
     * The time zone to show times in: the signed-in user's choice, else the server's. Looked up
     * once per request, and only by pages that print times.
     */
    public ZoneId zone() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object cached = request == null ? null : request.getAttribute(ZONE_CACHE, RequestAttributes.SCOPE_REQUEST);
        if (cached instanceof ZoneId zone) {
            return zone;
        }
        ZoneId zone = get().flatMap(actor -> users.findById(actor.id())).map(User::timeZone).map(TimeZones::of)
                .orElse(ZoneId.systemDefault());
        if (request != null) {
            request.setAttribute(ZONE_CACHE, zone, RequestAttributes.SCOPE_REQUEST);
        }
        return zone;
    }

    /**
     * The actor behind an authenticated principal outside of a web request (a WebSocket
     * session): loaded fresh, so that changed groups or a deactivation apply.
     */
    public Optional<Actor> of(java.security.Principal principal) {
        return principal instanceof org.springframework.security.core.Authentication auth
                && auth.getPrincipal() instanceof AtendeUserDetails details
                ? actors.load(details.userId()) : Optional.empty();
    }

    public Optional<Actor> get() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object cached = request == null ? null : request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
        if (cached != null) {
            return cached instanceof Actor actor ? Optional.of(actor) : Optional.empty();
        }
        var auth = SecurityContextHolder.getContext().getAuthentication();
        Optional<Actor> actor = auth != null && auth.getPrincipal() instanceof AtendeUserDetails principal
                ? actors.load(principal.userId()) : Optional.empty();
        if (request != null) {
            request.setAttribute(CACHE, actor.<Object>map(a -> a).orElse(NONE), RequestAttributes.SCOPE_REQUEST);
        }
        return actor;
    }
}

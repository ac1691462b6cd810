package dev.atende.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Fresh people for page tests, and their browser sessions, opened through the real sign-in form. */
@TestComponent
public class PagePeople {

    public static final String ADMIN_EMAIL = "admin@pages.test";
    public static final String PASSWORD = "page-secret-1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Actor SYSTEM = new Actor(0, "system", "system", Role.ADMIN, null, false, Set.of(), null);

    private final UserManagement users;
    private final Users all;
    private final MockMvc mvc;

    PagePeople(UserManagement users, Users all, MockMvc mvc) {
        this.users = users;
        this.all = all;
        this.mvc = mvc;
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000 + "@pages.test";
    }

    public User create(Role role, Long... groupIds) {
        return users.create(SYSTEM, new NewUser(uniqueEmail(role.code()), "Page " + role.code(), role.code(), PASSWORD,
                null, List.of(groupIds), null));
    }

    public User admin() {
        return all.findByEmail(ADMIN_EMAIL).orElseThrow();
    }

    public User reload(User user) {
        return all.findById(user.id()).orElseThrow();
    }

    public MockHttpSession signIn(User user) {
        try {
            var result = mvc.perform(formLogin("/login").user(user.email()).password(PASSWORD)).andReturn();
            var session = (MockHttpSession) result.getRequest().getSession(false);
            if (session == null || !"/".equals(result.getResponse().getRedirectedUrl())) {
                throw new IllegalStateException("could not sign in " + user.email());
            }
            return session;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

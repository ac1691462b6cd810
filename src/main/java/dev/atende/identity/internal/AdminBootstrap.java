package dev.atende.identity.internal;

import dev.atende.identity.Actor;
import dev.atende.identity.NewUser;
import dev.atende.identity.Role;
import dev.atende.identity.UserManagement;
import dev.atende.identity.Users;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * On the first start with no users, creates the admin from ATENDE_ADMIN_EMAIL and
 * ATENDE_ADMIN_PASSWORD, or with a generated password printed once to the log.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    static final String DEFAULT_EMAIL = "admin@atende.local";

    private final Users users;
    private final UserManagement management;
    private final String email;
    private final String password;

    AdminBootstrap(Users users, UserManagement management, @Value("${atende.admin.email:}") String email,
            @Value("${atende.admin.password:}") String password) {
        this.users = users;
        this.management = management;
        this.email = email.isBlank() ? DEFAULT_EMAIL : email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        boolean generated = password.isBlank();
        String secret = generated ? generatePassword() : password;
        var system = new Actor(0, "system", "system", Role.ADMIN, null, false, Set.of(), null);
        try {
            management.create(system, new NewUser(email, "Admin", "admin", secret, null, List.of(), null));
        } catch (DataIntegrityViolationException e) {
            return; // another node created it first
        }
        if (generated) {
            log.warn("Created the first admin {} with the generated password {} (shown once; change it)", email,
                    secret);
        } else {
            log.info("Created the first admin {}", email);
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

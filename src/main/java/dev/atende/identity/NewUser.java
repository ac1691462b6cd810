package dev.atende.identity;

import java.util.List;

/** What is needed to create a user; optional parts may be null. */
public record NewUser(String email, String name, String role, String password, Long organizationId,
        List<Long> groupIds, String locale) {
}

package dev.atende.support;

import dev.atende.identity.Role;

/** A user the test created (or the bootstrapped admin), with the password to sign in. */
public record TestUser(long id, String email, String name, String password, Role role) {

    @Override
    public String toString() {
        return role.code() + " " + email + " (#" + id + ")";
    }
}

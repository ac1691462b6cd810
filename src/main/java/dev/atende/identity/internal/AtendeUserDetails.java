package dev.atende.identity.internal;

import dev.atende.identity.Role;
import dev.atende.identity.User;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in principal: just enough to find the user again and check the path rules. */
public record AtendeUserDetails(long userId, String email, String passwordHash, Role role, boolean active,
        String locale) implements UserDetails {

    static AtendeUserDetails of(User user) {
        return new AtendeUserDetails(user.id(), user.email(), user.passwordHash(), user.role(), user.isActive(),
                user.locale());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public String toString() {
        return "AtendeUserDetails[" + userId + "]";
    }
}

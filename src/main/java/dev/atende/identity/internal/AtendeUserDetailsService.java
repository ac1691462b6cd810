package dev.atende.identity.internal;

import dev.atende.identity.Users;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AtendeUserDetailsService implements UserDetailsService {

    private final Users users;

    AtendeUserDetailsService(Users users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return users.findByEmail(email == null ? "" : email.strip().toLowerCase(Locale.ROOT))
                .filter(u -> u.passwordHash() != null)
                .map(AtendeUserDetails::of)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }
}

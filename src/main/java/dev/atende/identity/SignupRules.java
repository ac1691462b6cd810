package dev.atende.identity;

import dev.atende.shared.EmailAddress;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** Who may sign up on their own: the mode and, in {@link SignupMode#DOMAINS}, the allowed domains. */
public record SignupRules(SignupMode mode, SortedSet<String> domains) {

    public SignupRules(SignupMode mode, Set<String> domains) {
        this(mode, new TreeSet<>(domains));
    }

    public boolean signupOpen() {
        return mode != SignupMode.INVITE_ONLY;
    }

    /** Whether this address may open an account by itself (exact domain, not its subdomains). */
    public boolean allows(EmailAddress address) {
        return switch (mode) {
            case OPEN -> true;
            case DOMAINS -> domains.contains(address.domain());
            case INVITE_ONLY -> false;
        };
    }
}

package dev.atende.identity;

import dev.atende.identity.internal.SignupSettings;
import dev.atende.identity.internal.SignupSettingsStore;
import dev.atende.shared.InvalidInputException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sign-up settings: everyone reads them (the sign-in page needs them), admins change them. */
@Service
@Transactional
public class SignupManagement {

    static final int MAX_DOMAINS = 200;

    private final SignupSettingsStore settings;
    private final Clock clock;

    SignupManagement(SignupSettingsStore settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SignupRules rules() {
        return settings.findById(SignupSettings.ID)
                .map(s -> new SignupRules(SignupMode.fromCode(s.mode()), s.domains()))
                .orElse(new SignupRules(SignupMode.INVITE_ONLY, Set.of()));
    }

    /** The settings as an admin edits them. */
    @Transactional(readOnly = true)
    public SignupRules rules(Actor actor) {
        OrganizationManagement.requireAdmin(actor);
        return rules();
    }

    /** Changes the mode and the domains; {@code domains} may be null to keep them. */
    public SignupRules change(Actor actor, String mode, List<String> domains) {
        OrganizationManagement.requireAdmin(actor);
        var problems = new InvalidInputException.Collector();
        SignupMode parsed = SignupMode.fromCode(mode);
        if (mode == null) {
            problems.add("mode", "error.field.required");
        } else if (parsed == null) {
            problems.add("mode", "error.field.unknownValue", mode);
        }
        SignupSettings row = settings.findById(SignupSettings.ID).orElseThrow();
        Set<String> clean = new TreeSet<>(domains == null ? row.domains() : Set.of());
        if (domains != null) {
            if (domains.size() > MAX_DOMAINS) {
                problems.add("domains", "error.signup.tooManyDomains", MAX_DOMAINS);
            }
            for (String domain : domains) {
                String d = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT);
                if (d.startsWith("@")) {
                    d = d.substring(1);
                }
                if (d.isEmpty()) {
                    continue;
                }
                if (!OrganizationManagement.DOMAIN.matcher(d).matches()) {
                    problems.add("domains", "error.organization.domainInvalid",
                            d.length() > 80 ? d.substring(0, 80) + "…" : d);
                } else {
                    clean.add(d);
                }
            }
        }
        if (parsed == SignupMode.DOMAINS && clean.isEmpty() && problems.isEmpty()) {
            problems.add("domains", "error.signup.noDomains");
        }
        problems.throwIfAny();
        row.change(parsed.code(), clean, clock.instant());
        return new SignupRules(parsed, clean);
    }
}

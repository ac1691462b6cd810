package dev.atende.identity;

import dev.atende.identity.AccountLinkRefused.Reason;
import dev.atende.identity.AccountMailRequested.Kind;
import dev.atende.identity.internal.AccountLink;
import dev.atende.identity.internal.AccountLinks;
import dev.atende.identity.internal.AccountRequestThrottle;
import dev.atende.identity.internal.AccountSettings;
import dev.atende.identity.internal.LoginThrottle;
import dev.atende.shared.ConflictException;
import dev.atende.shared.EmailAddress;
import dev.atende.shared.ForbiddenException;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.NotFoundException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts people manage by mail: signing up, resetting a forgotten password, accepting an
 * invitation. Each sends a single-use link that expires; the password is chosen on the page the
 * link opens, so whoever chooses it has shown they read that mailbox (nobody can sign up with
 * someone else's address and wait for them to confirm it). Every answer to an anonymous request
 * is the same whether the address has an account or not.
 */
@Service
@Transactional
public class AccountManagement {

    static final String LINK_PATH = "/account/password?token=";
    private static final Actor SYSTEM = new Actor(0, "system", "system", Role.ADMIN, null, false, Set.of(), null);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_TOKEN = 100;

    private final Users users;
    private final UserManagement management;
    private final SignupManagement signups;
    private final AccountLinks links;
    private final AccountRequestThrottle throttle;
    private final LoginThrottle logins;
    private final AccountSettings settings;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final String baseUrl;

    AccountManagement(Users users, UserManagement management, SignupManagement signups, AccountLinks links,
            AccountRequestThrottle throttle, LoginThrottle logins, AccountSettings settings, PasswordEncoder passwords,
            Clock clock, ApplicationEventPublisher events, @Value("${atende.base-url}") String baseUrl) {
        this.users = users;
        this.management = management;
        this.signups = signups;
        this.links = links;
        this.throttle = throttle;
        this.logins = logins;
        this.settings = settings;
        this.passwords = passwords;
        this.clock = clock;
        this.events = events;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** What a valid link is for, to show the right page before the password is chosen. */
    public record LinkView(String purpose, String email, String name) {

        public boolean signup() {
            return AccountLink.SIGNUP.equals(purpose);
        }

        public boolean invitation() {
            return AccountLink.INVITE.equals(purpose);
        }
    }

    /**
     * Someone asks for an account. Refused when sign-up is closed (404) or the address is not
     * allowed (422); otherwise a mail goes out: a link to confirm the address and choose a
     * password, or, when the address already has an account, a link to set its password.
     */
    public void signUp(String email, String name, Locale pageLocale, String client) {
        SignupRules rules = signups.rules();
        if (!rules.signupOpen()) {
            throw new NotFoundException("error.signup.closed");
        }
        var problems = new InvalidInputException.Collector();
        EmailAddress address = UserManagement.parseEmail(email, problems);
        String cleanName = name == null ? null : name.strip();
        UserManagement.checkName(cleanName, problems);
        if (address != null && !rules.allows(address)) {
            problems.add("email", "error.signup.domain", address.domain());
        }
        problems.throwIfAny();
        acquire(address, client);
        var existing = users.findByEmail(address.value());
        if (existing.isPresent()) {
            if (existing.get().isActive()) { // a deactivated account gets nothing, and the page says the same
                send(AccountLink.RESET, existing.get(), settings.signupLinkValidity(), Kind.ALREADY_REGISTERED,
                        pageLocale, null);
            }
            return;
        }
        String token = newToken();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.signupLinkValidity());
        links.save(new AccountLink(AccountLink.SIGNUP, TokenManagement.hash(token), address.value(), null, cleanName,
                pageLocale == null ? null : pageLocale.toLanguageTag(), now, expiresAt));
        events.publishEvent(new AccountMailRequested(Kind.CONFIRM_SIGNUP, address.value(), cleanName,
                tag(pageLocale), null, baseUrl + LINK_PATH + token, expiresAt, null));
    }

    /**
     * "Forgot password?": mails a reset link to an active account. Someone who never had a
     * password (created from an e-mail) gets one only where they could also sign up; elsewhere
     * an admin or agent invites them. The caller learns nothing either way.
     */
    public void requestPasswordReset(String email, Locale pageLocale, String client) {
        EmailAddress address = EmailAddress.of("email", email);
        acquire(address, client);
        users.findByEmail(address.value()).filter(User::isActive)
                .filter(u -> u.hasPassword() || u.role() == Role.CUSTOMER && signups.rules().allows(address))
                .ifPresent(u -> send(AccountLink.RESET, u, settings.resetLinkValidity(), Kind.RESET_PASSWORD,
                        pageLocale, null));
    }

    /**
     * Mails an invitation to choose a password: admins to anyone, agents to customers. Answers
     * when the link expires.
     */
    public Instant invite(Actor actor, long userId) {
        User user = management.get(actor, userId);
        if (!actor.isAdmin() && !(actor.isStaff() && user.role() == Role.CUSTOMER)) {
            throw new ForbiddenException("error.invite.forbidden");
        }
        if (!user.isActive()) {
            throw new ConflictException("error.invite.inactive");
        }
        acquire(new EmailAddress(user.email()), null);
        return send(AccountLink.INVITE, user, settings.inviteLinkValidity(), Kind.INVITATION, null, actor.name());
    }

    /** The link, if it still works (it is not used by looking at it: mail scanners open links too). */
    @Transactional(readOnly = true)
    public LinkView open(String token) {
        AccountLink link = usable(token);
        String name = link.userId() == null ? link.name()
                : users.findById(link.userId()).map(User::name).orElse(link.name());
        return new LinkView(link.purpose(), link.email(), name);
    }

    /**
     * Chooses the password with a link: creates the account of a confirmed sign-up, or sets the
     * password of the existing one. The link and every other open link to the address stop
     * working. Answers the address, to sign in with.
     */
    public String choosePassword(String token, String password) {
        AccountLink link = usable(token);
        var problems = new InvalidInputException.Collector();
        if (password == null || password.isEmpty()) {
            problems.add("password", "error.field.required");
        } else {
            UserManagement.checkPassword(password, problems);
        }
        problems.throwIfAny();
        User user = (link.userId() != null ? users.findById(link.userId()) : users.findByEmail(link.email()))
                .orElse(null);
        if (user != null && !user.email().equals(link.email())) {
            throw new AccountLinkRefused(Reason.UNKNOWN); // the address changed since: the link was for the old one
        }
        if (user != null && !user.isActive()) {
            throw new AccountLinkRefused(Reason.ACCOUNT_INACTIVE);
        }
        if (user == null && !link.purpose().equals(AccountLink.SIGNUP)) {
            throw new AccountLinkRefused(Reason.UNKNOWN);
        }
        Instant now = clock.instant();
        if (links.use(link.id(), now) != 1) {
            throw new AccountLinkRefused(Reason.USED); // another request used it a moment ago
        }
        links.closeAllFor(link.email(), now);
        if (user == null) {
            management.create(SYSTEM, new NewUser(link.email(), link.name(), Role.CUSTOMER.code(), password, null,
                    List.of(), null));
        } else {
            user.setPasswordHash(passwords.encode(password), now);
            events.publishEvent(new UserChanged(user.id()));
        }
        logins.succeeded(link.email()); // a fresh password is not held back by the old failures
        return link.email();
    }

    private AccountLink usable(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN) {
            throw new AccountLinkRefused(Reason.UNKNOWN);
        }
        AccountLink link = links.findByTokenHash(TokenManagement.hash(token.strip()))
                .orElseThrow(() -> new AccountLinkRefused(Reason.UNKNOWN));
        if (link.isUsed()) {
            throw new AccountLinkRefused(Reason.USED);
        }
        if (link.isExpiredAt(clock.instant())) {
            throw new AccountLinkRefused(Reason.EXPIRED);
        }
        return link;
    }

    private Instant send(String purpose, User user, Duration validity, Kind kind, Locale pageLocale, String inviter) {
        String token = newToken();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(validity);
        links.save(new AccountLink(purpose, TokenManagement.hash(token), user.email(), user.id(), null, null, now,
                expiresAt));
        String locale = user.locale() != null ? user.locale() : tag(pageLocale);
        events.publishEvent(new AccountMailRequested(kind, user.email(), user.name(), locale, user.timeZone(),
                baseUrl + LINK_PATH + token, expiresAt, inviter));
        return expiresAt;
    }

    private void acquire(EmailAddress address, String client) {
        long wait = throttle.acquire(address.value(), client);
        if (wait > 0) {
            throw new AccountRequestsThrottled(wait);
        }
    }

    private static String tag(Locale locale) {
        return locale == null ? null : dev.atende.shared.Locales.supported(locale).toLanguageTag();
    }

    private static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}

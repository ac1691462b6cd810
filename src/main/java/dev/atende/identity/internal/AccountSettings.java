package dev.atende.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deploy-time settings of self-service accounts ({@code atende.accounts.*}).
 *
 * @param signupLinkValidity how long a sign-up confirmation link works (also the "you already
 *        have an account" link sent when someone signs up with a known address)
 * @param resetLinkValidity how long a password reset link works
 * @param inviteLinkValidity how long an invitation link works
 * @param mailsPerAddress sign-up, reset and invitation mails to one address per window, at most
 * @param requestsPerClient sign-up and reset requests from one IP address per window, at most
 * @param window the span the two limits count over
 */
@ConfigurationProperties("atende.accounts")
public record AccountSettings(Duration signupLinkValidity, Duration resetLinkValidity, Duration inviteLinkValidity,
        Integer mailsPerAddress, Integer requestsPerClient, Duration window) {

    public AccountSettings {
        signupLinkValidity = signupLinkValidity == null ? Duration.ofDays(1) : signupLinkValidity;
        resetLinkValidity = resetLinkValidity == null ? Duration.ofHours(1) : resetLinkValidity;
        inviteLinkValidity = inviteLinkValidity == null ? Duration.ofDays(7) : inviteLinkValidity;
        mailsPerAddress = mailsPerAddress == null ? 3 : Math.max(1, mailsPerAddress);
        requestsPerClient = requestsPerClient == null ? 50 : Math.max(1, requestsPerClient);
        window = window == null ? Duration.ofHours(1) : window;
    }
}

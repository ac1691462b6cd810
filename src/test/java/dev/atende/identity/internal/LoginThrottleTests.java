package dev.atende.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), clock);

    @Test
    void fiveFailuresFromOneAddressBlockThatAddressForTheAccount() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("ana@example.com", "203.0.113.9");
        }

        assertThat(throttle.retryAfterSeconds("ana@example.com", "203.0.113.9")).isEqualTo(15 * 60);
    }

    @Test
    void aStrangerGuessingSomeonesPasswordDoesNotLockTheOwnerOut() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("ana@example.com", "198.51.100.66");
        }

        assertThat(throttle.retryAfterSeconds("ana@example.com", "203.0.113.9")).isZero();
    }

    @Test
    void manyAddressesGuessingOneAccountAreStoppedTooAtTwentyTimesTheLimit() {
        for (int i = 0; i < 100; i++) {
            throttle.failed("ana@example.com", "198.51.100." + i);
        }

        assertThat(throttle.retryAfterSeconds("ana@example.com", "203.0.113.9")).isPositive();
    }

    @Test
    void oneAddressTryingManyAccountsIsStoppedAtTenTimesTheLimit() {
        for (int i = 0; i < 50; i++) {
            throttle.failed("user" + i + "@example.com", "198.51.100.66");
        }

        assertThat(throttle.retryAfterSeconds("someone-else@example.com", "198.51.100.66")).isPositive();
        assertThat(throttle.retryAfterSeconds("someone-else@example.com", "203.0.113.9")).isZero();
    }
}

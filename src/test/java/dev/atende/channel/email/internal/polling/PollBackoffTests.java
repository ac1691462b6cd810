package dev.atende.channel.email.internal.polling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PollBackoffTests {

    @ParameterizedTest(name = "{0} failures, every {1} s: wait {2} s")
    @CsvSource({
            "0, 60, 60",
            "1, 60, 120",
            "2, 60, 240",
            "5, 60, 1920",
            "6, 60, 3600",
            "60, 60, 3600",
            "1, 10, 20",
            "1, 3000, 3600",
            "1, 86400, 86400",
            "9, 86400, 86400"})
    void doublesTheIntervalPerFailureUpToAnHourButNeverBelowTheInterval(int failures, int interval, long seconds) {
        assertThat(PollBackoff.after(failures, interval)).isEqualTo(Duration.ofSeconds(seconds));
    }
}

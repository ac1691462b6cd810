package dev.atende.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time is injected so that domain logic and tests agree on "now". */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        // microseconds: what both databases store, so a value reads back as it was written
        return Clock.tick(Clock.systemUTC(), java.time.Duration.ofNanos(1000));
    }
}

package dev.atende.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background jobs (mail polling and recovery, the outbox, later SLA checks and reports) run on
 * Spring's scheduler; reactions of other modules to an event ({@code @ApplicationModuleListener})
 * run asynchronously after the commit, so the request or poll that caused them does not wait;
 * the event publication registry replays any a stop interrupted.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
class SchedulingConfiguration {
}

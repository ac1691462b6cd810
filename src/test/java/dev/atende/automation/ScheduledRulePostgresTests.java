package dev.atende.automation;

import dev.atende.support.PostgresServerTest;

@PostgresServerTest
class ScheduledRulePostgresTests extends ScheduledRuleSpec {
}

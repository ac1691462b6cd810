package dev.atende.automation;

import dev.atende.support.PostgresServerTest;

@PostgresServerTest
class MacroAndCannedPostgresTests extends MacroAndCannedSpec {
}

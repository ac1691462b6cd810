package dev.atende.automation;

import dev.atende.support.H2ServerTest;

@H2ServerTest
class ScheduledRuleH2Tests extends ScheduledRuleSpec {
}

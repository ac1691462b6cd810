package dev.atende.automation;

import dev.atende.support.H2ServerTest;

@H2ServerTest
class TriggerBehaviourH2Tests extends TriggerBehaviourSpec {
}

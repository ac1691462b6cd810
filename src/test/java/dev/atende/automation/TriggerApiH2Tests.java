package dev.atende.automation;

import dev.atende.support.H2ServerTest;

@H2ServerTest
class TriggerApiH2Tests extends TriggerApiSpec {
}

package dev.atende.automation;

import dev.atende.support.H2ServerTest;

@H2ServerTest
class MacroAndCannedH2Tests extends MacroAndCannedSpec {
}

package dev.atende.channel.email;

import dev.atende.support.H2ServerTest;

@H2ServerTest
class InboundMailH2Tests extends InboundMailSpec {
}

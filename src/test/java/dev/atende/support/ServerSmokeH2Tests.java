package dev.atende.support;

@H2ServerTest
class ServerSmokeH2Tests extends ServerSmokeSpec {
}

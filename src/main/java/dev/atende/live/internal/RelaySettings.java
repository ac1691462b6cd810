package dev.atende.live.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code atende.live.relay.*}: the external STOMP broker that carries live signals between
 * several nodes (RabbitMQ with its STOMP plugin). Without a host each node keeps an in-memory
 * broker, which serves one node only: a browser would not hear what another node did.
 */
@ConfigurationProperties("atende.live.relay")
public record RelaySettings(String host, Integer port, String login, String passcode, String virtualHost) {

    public RelaySettings {
        host = host == null || host.isBlank() ? null : host.strip();
        port = port == null ? 61613 : port;
        login = login == null || login.isBlank() ? "guest" : login;
        passcode = passcode == null ? "guest" : passcode;
        virtualHost = virtualHost == null || virtualHost.isBlank() ? null : virtualHost.strip();
    }

    /** Whether signals go through the external broker (and so may reach browsers on other nodes). */
    public boolean relayed() {
        return host != null;
    }
}

package dev.atende.channel.email;

/**
 * How far a connection to a mailbox got before it failed, in the order they are tried: the
 * server's name ({@code dns}), reaching it ({@code connect}), securing the connection
 * ({@code tls}), signing in ({@code login}), opening the folder ({@code folder}); then
 * {@code read} for failures while fetching and {@code store} when a message could not be kept.
 */
public enum ConnectionStage {

    DNS, CONNECT, TLS, LOGIN, FOLDER, READ, STORE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

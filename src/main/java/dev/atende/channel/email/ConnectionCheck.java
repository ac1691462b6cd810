package dev.atende.channel.email;

import java.util.List;

/**
 * The answer of "test connection": {@code ok}, or the {@link ConnectionStage} that failed; either
 * way a message (code and arguments, resolved in the reader's language) saying what happened.
 */
public record ConnectionCheck(boolean ok, ConnectionStage stage, String messageCode, List<Object> args) {

    public ConnectionCheck {
        args = List.copyOf(args);
    }

    public static ConnectionCheck passed(String messageCode, Object... args) {
        return new ConnectionCheck(true, null, messageCode, List.of(args));
    }

    public static ConnectionCheck failed(ConnectionStage stage, String messageCode, Object... args) {
        return new ConnectionCheck(false, stage, messageCode, List.of(args));
    }
}

package dev.atende.channel.email.internal.polling;

import dev.atende.channel.email.ConnectionCheck;
import dev.atende.channel.email.ConnectionStage;
import java.util.Arrays;

/**
 * What went wrong with a mailbox, as a person should read it: the stage that failed and a
 * message code with its arguments (the server's own words among them where they help).
 */
public class MailboxFailure extends Exception {

    private final ConnectionStage stage;
    private final String messageCode;
    private final transient Object[] args;

    public MailboxFailure(ConnectionStage stage, String messageCode, Object... args) {
        this(stage, null, messageCode, args);
    }

    public MailboxFailure(ConnectionStage stage, Throwable cause, String messageCode, Object... args) {
        super(stage.code() + ": " + messageCode + " " + Arrays.toString(args), cause);
        this.stage = stage;
        this.messageCode = messageCode;
        this.args = args;
    }

    public ConnectionStage stage() {
        return stage;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] args() {
        return args.clone();
    }

    public ConnectionCheck asCheck() {
        return ConnectionCheck.failed(stage, messageCode, args);
    }
}

package dev.atende.shared;

import java.util.List;

/**
 * A refusal the caller can act on. It carries a message code (resolved from the message
 * bundles in the caller's language) rather than text, and the HTTP status the API answers with.
 */
public abstract class DomainException extends RuntimeException {

    private final int status;
    private final String messageCode;
    private final transient Object[] args;

    protected DomainException(int status, String messageCode, Object... args) {
        super(messageCode);
        this.status = status;
        this.messageCode = messageCode;
        this.args = args;
    }

    public int status() {
        return status;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] args() {
        return args.clone();
    }

    /** Field-level details, for validation failures. */
    public List<FieldProblem> fieldProblems() {
        return List.of();
    }
}

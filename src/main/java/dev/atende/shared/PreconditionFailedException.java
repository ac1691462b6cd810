package dev.atende.shared;

/** A conditional write whose condition (the version the caller saw) no longer holds. */
public class PreconditionFailedException extends DomainException {

    public PreconditionFailedException(String messageCode, Object... args) {
        super(412, messageCode, args);
    }
}

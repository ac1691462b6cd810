package dev.atende.shared;

/** The request is fine but the current state forbids it (a category still in use): 409. */
public class ConflictException extends DomainException {

    public ConflictException(String messageCode, Object... args) {
        super(409, messageCode, args);
    }
}

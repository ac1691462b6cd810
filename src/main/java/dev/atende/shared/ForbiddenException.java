package dev.atende.shared;

/** The caller is known and may see the thing, but may not do this to it. */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String messageCode, Object... args) {
        super(403, messageCode, args);
    }
}

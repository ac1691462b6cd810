package dev.atende.shared;

/** Something that does not exist, or that the caller may not know exists (always 404). */
public class NotFoundException extends DomainException {

    public NotFoundException(String messageCode, Object... args) {
        super(404, messageCode, args);
    }
}

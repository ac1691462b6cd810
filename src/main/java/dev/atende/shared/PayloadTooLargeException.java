package dev.atende.shared;

/** Content over a configured size limit (413). */
public class PayloadTooLargeException extends DomainException {

    public PayloadTooLargeException(String messageCode, Object... args) {
        super(413, messageCode, args);
    }
}

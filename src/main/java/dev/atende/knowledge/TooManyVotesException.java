package dev.atende.knowledge;

import dev.atende.shared.DomainException;

/** Anonymous votes from one address beyond the hourly limit: 429. */
public class TooManyVotesException extends DomainException {

    public TooManyVotesException() {
        super(429, "error.kb.vote.tooMany");
    }
}

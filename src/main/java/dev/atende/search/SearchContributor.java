package dev.atende.search;

import dev.atende.identity.Actor;

/**
 * A module that indexes records of its own (the knowledge base's articles) adds them to the one
 * search box by implementing this. It must return only what the actor may see.
 */
public interface SearchContributor {

    /** The type name, as in {@code /api/v1/search?type=article}. */
    String type();

    SearchResults search(Actor actor, SearchText text, int offset, int limit);
}

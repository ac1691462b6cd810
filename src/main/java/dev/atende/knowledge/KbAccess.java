package dev.atende.knowledge;

import dev.atende.identity.Actor;
import dev.atende.shared.ForbiddenException;
import dev.atende.shared.NotFoundException;

/**
 * Who reads and writes the knowledge base. The team (agents and admins) reads everything and
 * writes; customers and visitors (a null actor) read published public articles only, and an
 * article they may not read does not exist for them.
 */
public final class KbAccess {

    private KbAccess() {
    }

    public static boolean seesEverything(Actor actor) {
        return actor != null && actor.isStaff();
    }

    public static boolean sees(Actor actor, KbArticle article) {
        return seesEverything(actor) || article.isPublic();
    }

    public static KbArticle visible(Actor actor, KbArticle article) {
        if (article == null || !sees(actor, article)) {
            throw new NotFoundException("error.kb.notFound");
        }
        return article;
    }

    public static void requireWriter(Actor actor) {
        if (!seesEverything(actor)) {
            throw new ForbiddenException("error.kb.writersOnly");
        }
    }
}

package dev.atende.knowledge;

import dev.atende.support.MessageBundles;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every code the knowledge module uses has a message (both languages and valid patterns are checked
 * for every bundle by {@code MessageBundlesTests}).
 */
class KnowledgeMessagesTests {

    private static final Pattern CODE = Pattern.compile("\"((?:error|kb)\\.[a-zA-Z.]+)\"");

    @Test
    void everyCodeTheModuleUsesHasAMessage() {
        MessageBundles.assertDefined(MessageBundles.codesUsed(Path.of("src/main/java/dev/atende/knowledge"), ".java", CODE),
                "shared", "ticket", "knowledge");
    }
}

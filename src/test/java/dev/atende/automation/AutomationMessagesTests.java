package dev.atende.automation;

import dev.atende.support.MessageBundles;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every code the automation module uses has a message (both languages and valid patterns are checked
 * for every bundle by {@code MessageBundlesTests}).
 */
class AutomationMessagesTests {

    private static final Pattern CODE = Pattern.compile("\"((?:error|automation)\\.[a-zA-Z.]+)\"");

    @Test
    void everyCodeTheModuleUsesHasAMessage() {
        MessageBundles.assertDefined(MessageBundles.codesUsed(Path.of("src/main/java/dev/atende/automation"), ".java", CODE),
                "shared", "ticket", "automation");
    }
}

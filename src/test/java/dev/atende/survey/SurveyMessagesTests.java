package dev.atende.survey;

import dev.atende.support.MessageBundles;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every code the survey module's code and pages use has a message, and every answer of every
 * scale a label (both languages and valid patterns are checked for every bundle by
 * {@code MessageBundlesTests}).
 */
class SurveyMessagesTests {

    private static final Pattern JAVA_CODE = Pattern.compile("\"((?:error|survey)\\.[a-zA-Z_.]+)\"");
    private static final Pattern PAGE_CODE = Pattern.compile("#\\{'?(survey\\.[a-zA-Z_.]+)");

    @Test
    void everyCodeTheModuleUsesHasAMessageAndEveryAnswerALabel() {
        Set<String> used = new TreeSet<>(MessageBundles.codesUsed(Path.of("src/main/java/dev/atende/survey"), ".java",
                JAVA_CODE));
        used.addAll(MessageBundles.codesUsed(Path.of("src/main/resources/templates"), ".html", PAGE_CODE));
        for (SurveyScale scale : SurveyScale.values()) {
            used.add("survey.page.question." + scale.code());
            used.add("survey.admin.scale." + scale.code());
            scale.scores().forEach(score -> used.add("survey.scale." + scale.code() + "." + score));
        }
        MessageBundles.assertDefined(used, "shared", "survey");
    }
}

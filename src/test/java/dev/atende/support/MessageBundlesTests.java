package dev.atende.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundle ships in both languages with the same codes, and every message with arguments is
 * a pattern that formats (a stray apostrophe or brace would swallow the arguments).
 */
class MessageBundlesTests {

    @Test
    void everyBundleHasExactlyTheSameCodesInPortuguese() throws IOException {
        for (String bundle : bundles()) {
            assertThat(MessageBundles.load(bundle + "_pt_BR").stringPropertyNames()).as(bundle)
                    .containsExactlyInAnyOrderElementsOf(MessageBundles.load(bundle).stringPropertyNames());
        }
    }

    @Test
    void messagesWithArgumentsFormat() throws IOException {
        for (String bundle : bundles()) {
            for (String name : List.of(bundle, bundle + "_pt_BR")) {
                Properties messages = MessageBundles.load(name);
                for (String code : messages.stringPropertyNames()) {
                    String text = messages.getProperty(code);
                    assertThat(text).as(name + ": " + code).isNotBlank().doesNotContain("\uFFFD");
                    if (text.contains("{0")) {
                        assertThat(new MessageFormat(text).format(new Object[] {1, 2, 3, 4}))
                                .as(name + ": " + code).doesNotContain("{0");
                    }
                }
            }
        }
    }

    private static List<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            List<String> names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.contains("_"))
                    .map(name -> name.substring(0, name.length() - ".properties".length())).sorted().toList();
            assertThat(names).contains("ticket", "search", "live");
            return names;
        }
    }
}

package dev.atende.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The knowledge bundle: the same codes in English and pt-BR, and one for every code the module uses. */
class KnowledgeMessagesTests {

    private static final Pattern CODE = Pattern.compile("\"((?:error|kb)\\.[a-zA-Z.]+)\"");

    @Test
    void portugueseHasExactlyTheEnglishCodes() {
        assertThat(load("knowledge_pt_BR").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("knowledge").stringPropertyNames());
    }

    @Test
    void messagesWithArgumentsAreValidPatterns() {
        for (String bundle : new String[] {"knowledge", "knowledge_pt_BR"}) {
            Properties messages = load(bundle);
            for (String code : messages.stringPropertyNames()) {
                String text = messages.getProperty(code);
                assertThat(text).as(code).isNotBlank().doesNotContain("'").doesNotContain("\uFFFD");
                if (text.contains("{0}")) {
                    assertThat(new MessageFormat(text).format(new Object[] {"x", "y", "z"})).as(code).contains("x");
                }
            }
        }
    }

    @Test
    void everyCodeTheModuleUsesHasAMessage() throws IOException {
        Properties all = new Properties();
        for (String bundle : new String[] {"shared", "ticket", "knowledge"}) {
            all.putAll(load(bundle));
        }
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/atende/knowledge"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CODE.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        used.removeIf(code -> code.endsWith("."));
        assertThat(all.stringPropertyNames()).containsAll(used);
    }

    private static Properties load(String bundle) {
        try (InputStream in = KnowledgeMessagesTests.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

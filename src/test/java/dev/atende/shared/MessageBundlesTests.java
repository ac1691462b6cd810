package dev.atende.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The message bundles of the shared kernel and the identity module, in English and pt-BR. */
class MessageBundlesTests {

    private static final Pattern CODE = Pattern.compile("\"((?:error|http)\\.[a-zA-Z.]+)\"");
    private static final String[] ALL_BUNDLES = {"shared", "identity", "ticket", "web"};

    @ParameterizedTest
    @ValueSource(strings = {"shared", "identity"})
    void portugueseHasExactlyTheEnglishCodes(String bundle) {
        assertThat(load(bundle + "_pt_BR").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load(bundle).stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"shared", "shared_pt_BR", "identity", "identity_pt_BR"})
    void everyMessageIsAValidPatternWithoutApostrophes(String bundle) {
        Properties messages = load(bundle);
        for (String code : messages.stringPropertyNames()) {
            String text = messages.getProperty(code);
            assertThat(text).as(code).isNotBlank().doesNotContain("'").doesNotContain("\uFFFD");
            assertThat(new MessageFormat(text).format(new Object[] {"x", "y"})).as(code).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"shared", "identity"})
    void everyCodeTheCodeUsesHasAMessageInBothLanguages(String module) throws IOException {
        Properties english = new Properties();
        Properties portuguese = new Properties();
        for (String bundle : ALL_BUNDLES) {
            english.putAll(loadIfPresent(bundle));
            portuguese.putAll(loadIfPresent(bundle + "_pt_BR"));
        }
        Set<String> used = codesUsedIn(Path.of("src/main/java/dev/atende", module));

        assertThat(used).isNotEmpty();
        assertThat(english.stringPropertyNames()).as("English messages").containsAll(used);
        assertThat(portuguese.stringPropertyNames()).as("pt-BR messages").containsAll(used);
    }

    @Test
    void portugueseIsReadAsUtf8WithItsAccents() {
        assertThat(load("identity_pt_BR").getProperty("error.organization.notFound"))
                .isEqualTo("Organização não encontrada.");
    }

    private static Set<String> codesUsedIn(Path sources) throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CODE.matcher(Files.readString(file));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        return codes;
    }

    private static Properties load(String bundle) {
        Properties properties = loadIfPresent(bundle);
        assertThat(properties).as("i18n/" + bundle + ".properties").isNotEmpty();
        return properties;
    }

    private static Properties loadIfPresent(String bundle) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTests.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}

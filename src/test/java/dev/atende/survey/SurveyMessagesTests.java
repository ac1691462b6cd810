package dev.atende.survey;

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

/** The survey bundle: the same codes in English and pt-BR, and one for every code the module's code and pages use. */
class SurveyMessagesTests {

    private static final Pattern JAVA_CODE = Pattern.compile("\"((?:error|survey)\\.[a-zA-Z_.]+)\"");
    private static final Pattern PAGE_CODE = Pattern.compile("#\\{'?(survey\\.[a-zA-Z_.]+)");

    @Test
    void portugueseHasExactlyTheEnglishCodes() {
        assertThat(load("survey_pt_BR").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("survey").stringPropertyNames());
    }

    @Test
    void messagesAreValidPatternsWithoutApostrophes() {
        for (String bundle : new String[] {"survey", "survey_pt_BR"}) {
            Properties messages = load(bundle);
            for (String code : messages.stringPropertyNames()) {
                String text = messages.getProperty(code);
                assertThat(text).as(code).isNotBlank().doesNotContain("'").doesNotContain("\uFFFD");
                assertThat(new MessageFormat(text).format(new Object[] {"x", "y"})).as(code).isNotBlank();
            }
        }
    }

    @Test
    void everyCodeTheModuleUsesHasAMessageAndEveryAnswerALabel() throws IOException {
        Properties all = new Properties();
        for (String bundle : new String[] {"shared", "survey"}) {
            all.putAll(load(bundle));
        }
        Set<String> used = new TreeSet<>();
        collect(Path.of("src/main/java/dev/atende/survey"), ".java", JAVA_CODE, used);
        collect(Path.of("src/main/resources/templates"), ".html", PAGE_CODE, used);
        used.removeIf(code -> code.endsWith("."));
        for (SurveyScale scale : SurveyScale.values()) {
            used.add("survey.page.question." + scale.code());
            used.add("survey.admin.scale." + scale.code());
            scale.scores().forEach(score -> used.add("survey.scale." + scale.code() + "." + score));
        }
        assertThat(used).isNotEmpty();
        assertThat(all.stringPropertyNames()).containsAll(used);
    }

    private static void collect(Path root, String suffix, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    into.add(m.group(1));
                }
            }
        }
    }

    private static Properties load(String bundle) {
        try (InputStream in = SurveyMessagesTests.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

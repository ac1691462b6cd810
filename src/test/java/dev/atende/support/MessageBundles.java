package dev.atende.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The message bundles as tests check them: read one, and collect the codes a module's code or
 * pages use, so that each module's messages test states only which codes are its own.
 */
public final class MessageBundles {

    private MessageBundles() {
    }

    /** {@code src/main/resources/i18n/<bundle>.properties}, read as UTF-8. */
    public static Properties load(String bundle) {
        try (InputStream in = MessageBundles.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
            if (in == null) {
                throw new AssertionError("no bundle i18n/" + bundle);
            }
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The codes (group 1 of the pattern) found in the files below a folder whose names end so. */
    public static Set<String> codesUsed(Path root, String suffix, Pattern pattern) {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        used.removeIf(code -> code.endsWith(".")); // a prefix completed at run time
        return used;
    }

    /** Every code has a message in one of the bundles. */
    public static void assertDefined(Set<String> codes, String... bundles) {
        var all = new Properties();
        for (String bundle : bundles) {
            all.putAll(load(bundle));
        }
        assertThat(codes).isNotEmpty();
        assertThat(all.stringPropertyNames()).containsAll(codes);
    }
}

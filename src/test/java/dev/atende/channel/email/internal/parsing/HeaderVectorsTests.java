package dev.atende.channel.email.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atende.channel.email.internal.ParsedMail;
import dev.atende.channel.email.internal.ParsedMail.MailAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * stalwartlabs/mail-parser's header vectors ({@code {header, expected}} pairs), each put into a
 * mail under the header it tests and read by the whole parser: subjects (unstructured), address
 * lists, message ids and dates.
 */
class HeaderVectorsTests {

    private static final String GLUED = "an encoded word glued to the text before it: mail-parser inserts a blank, we keep"
            + " the text as written (a file name such as 3d-=?...?=om.gif must not gain blanks)";
    private static final String COMMENTS = "comments around an address: mail-parser appends them to the display name, we"
            + " leave them out (a comment is the name only when there is no other)";
    private static final String LIST_URLS = "a List-* header value, not a mailbox list: we read a mailto: URL as the address"
            + " it names";

    /**
     * Vectors whose expected value is a choice of mail-parser's that differs from ours, by file and
     * index in it (from 0); each is checked to still differ, so the list cannot go stale.
     */
    private static final Map<String, String> DIFFERENCES = Map.ofEntries(
            Map.entry("unstructured[21]", GLUED), Map.entry("unstructured[22]", GLUED),
            Map.entry("unstructured[27]", GLUED), Map.entry("unstructured[28]", GLUED),
            Map.entry("id[6]", "comments and blanks inside the brackets (obsolete syntax): we drop them, mail-parser keeps them"),
            Map.entry("date[10]", "a numeric month (\"20 11 79\"): we need a month name to tell the day from the month"),
            Map.entry("date[12]", "a run of bare numbers is no date for us"),
            Map.entry("date[14]", "the second line of the folded comment has no leading blank, so it starts the body for us"
                    + " and the date keeps no time; mail-parser reads no date"),
            Map.entry("address[8]", COMMENTS), Map.entry("address[9]", COMMENTS), Map.entry("address[10]", COMMENTS),
            Map.entry("address[14]", COMMENTS), Map.entry("address[22]", COMMENTS), Map.entry("address[56]", COMMENTS),
            Map.entry("address[13]", "an obsolete source route and blanks inside an address: we drop them (mary@example.net,"
                    + " jdoe@test.example), mail-parser keeps them as written"),
            Map.entry("address[38]", LIST_URLS), Map.entry("address[39]", LIST_URLS), Map.entry("address[40]", LIST_URLS),
            Map.entry("address[41]", LIST_URLS), Map.entry("address[43]", LIST_URLS), Map.entry("address[44]", LIST_URLS),
            Map.entry("address[45]", LIST_URLS), Map.entry("address[46]", LIST_URLS), Map.entry("address[47]", LIST_URLS),
            Map.entry("address[42]", "\"NO\" (List-Post of a list that takes no posts) has no address"));

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final MailParser parser = new MailParser();

    @TestFactory
    Stream<DynamicTest> subjects() {
        return vectors("unstructured", "Subject", (vector, mail) -> {
            assertThat(mail.subject()).isEqualTo(vector.get("expected").asString());
        });
    }

    @TestFactory
    Stream<DynamicTest> addressLists() {
        return vectors("address", "To", (vector, mail) -> {
            assertThat(blanksCollapsed(mail.to())).isEqualTo(blanksCollapsed(addresses(vector.get("expected"))));
        });
    }

    @TestFactory
    Stream<DynamicTest> messageIds() {
        return vectors("id", "References", (vector, mail) -> {
            List<String> expected = new ArrayList<>();
            vector.get("expected").values().forEach(id -> expected.add(id.asString()));
            assertThat(mail.references()).isEqualTo(expected);
        });
    }

    @TestFactory
    Stream<DynamicTest> dates() {
        return vectors("date", "Date", (vector, mail) -> {
            assertThat(mail.date()).isEqualTo(instant(vector.get("expected")));
        });
    }

    private interface Check {
        void verify(JsonNode vector, ParsedMail mail);
    }

    private Stream<DynamicTest> vectors(String file, String header, Check check) {
        return CorpusDirectory.tests("stalwartlabs-mail-parser/resources", folder -> vectors(folder.resolve(file + ".json"), file, header, check));
    }

    private Stream<DynamicTest> vectors(Path path, String file, String header, Check check) {
        JsonNode vectors = JSON.readTree(path.toFile());
        return IntStream.range(0, vectors.size()).mapToObj(i -> {
            JsonNode vector = vectors.get(i);
            String value = vector.get("header").asString();
            String name = file + "[" + i + "] " + value.strip().replaceAll("\\s+", " ");
            return DynamicTest.dynamicTest(name.length() > 90 ? name.substring(0, 90) + "..." : name, () -> {
                String difference = DIFFERENCES.get(file + "[" + i + "]");
                ParsedMail mail = parser.parse((header + ":" + value + (value.endsWith("\n") ? "" : "\n") + "\nbody")
                        .getBytes(StandardCharsets.UTF_8));
                if (difference == null) {
                    check.verify(vector, mail);
                } else {
                    assertThatThrownBy(() -> check.verify(vector, mail)).as(difference).isInstanceOf(AssertionError.class);
                }
            });
        });
    }

    /** The expected list, groups flattened, without the entries that have no address (we keep none of those). */
    private static List<MailAddress> addresses(JsonNode expected) {
        List<MailAddress> addresses = new ArrayList<>();
        Function<JsonNode, MailAddress> address = node -> node.get("address").isNull() ? null
                : new MailAddress(node.get("address").asString().toLowerCase(Locale.ROOT),
                        node.get("name").isNull() ? null : node.get("name").asString());
        if (expected.has("List")) {
            expected.get("List").values().forEach(node -> addresses.add(address.apply(node)));
        } else {
            expected.get("Group").values().forEach(group -> group.get("addresses").values()
                    .forEach(node -> addresses.add(address.apply(node))));
        }
        addresses.removeIf(a -> a == null);
        return addresses;
    }

    /** Display names compare with their runs of blanks as one space, trimmed. */
    private static List<MailAddress> blanksCollapsed(List<MailAddress> addresses) {
        return addresses.stream().map(a -> new MailAddress(a.address(), a.name() == null ? null : a.name().strip().replaceAll("\\s+", " ")))
                .toList();
    }

    private static Instant instant(JsonNode expected) {
        if (expected == null || expected.isNull()) {
            return null;
        }
        int sign = expected.get("tz_before_gmt").asBoolean() ? -1 : 1;
        ZoneOffset zone = ZoneOffset.ofHoursMinutes(sign * expected.get("tz_hour").asInt(), sign * expected.get("tz_minute").asInt());
        return OffsetDateTime.of(expected.get("year").asInt(), expected.get("month").asInt(), expected.get("day").asInt(),
                expected.get("hour").asInt(), expected.get("minute").asInt(), expected.get("second").asInt(), 0, zone).toInstant();
    }
}

package dev.atende.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.shared.FieldProblem;
import dev.atende.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketInputTests {

    private final InvalidInputException.Collector problems = new InvalidInputException.Collector();

    private List<String> problemFields() {
        try {
            problems.throwIfAny();
            return List.of();
        } catch (InvalidInputException e) {
            return e.fieldProblems().stream().map(FieldProblem::field).toList();
        }
    }

    @Test
    void subjectIsTrimmedAndLineBreaksBecomeSpaces() {
        assertThat(TicketInput.subject("  Printer\r\n broken \t", problems)).isEqualTo("Printer broken");
        assertThat(problemFields()).isEmpty();
    }

    @Test
    void subjectCountsCharactersAsPeopleDo() {
        TicketInput.subject("🙂".repeat(255), problems);
        assertThat(problemFields()).isEmpty();

        TicketInput.subject("🙂".repeat(256), problems);
        assertThat(problemFields()).containsExactly("subject");
    }

    @Test
    void tagsAreLowerCasedSortedAndDeduplicated() {
        assertThat(TicketInput.tags(List.of("VIP", "printer", "vip", "São-Paulo"), problems))
                .containsExactly("printer", "são-paulo", "vip");
        assertThat(problemFields()).isEmpty();
    }

    @Test
    void tagsWithSpacesOrMarkupAreRefused() {
        TicketInput.tags(List.of("two words"), problems);
        TicketInput.tags(List.of("<b>"), problems);
        assertThat(problemFields()).containsExactly("tags", "tags");
    }

    @Test
    void htmlBodyIsSanitizedAndPlainTextKeptAsTyped() {
        assertThat(TicketInput.body("<b>hi</b><script>x()</script>", "text/html", false, problems)).isEqualTo("<b>hi</b>");
        assertThat(TicketInput.body("<b>hi</b>", "text/plain", false, problems)).isEqualTo("<b>hi</b>");
        assertThat(problemFields()).isEmpty();
    }

    @Test
    void bodyThatIsOnlyScriptIsEmptyAndSoRequired() {
        TicketInput.body("<script>x()</script>", "text/html", false, problems);
        assertThat(problemFields()).containsExactly("body");
    }

    @Test
    void channelBodiesAreCutToTheLimitWithoutSplittingACharacter() {
        String huge = "ção🙂".repeat(200_000);

        String cut = TicketInput.fitBody(huge);

        assertThat(cut.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(TicketInput.MAX_BODY_BYTES);
        assertThat(cut).endsWith("\n[…]").startsWith("ção🙂ção");
        assertThat(TicketInput.fitBody("short")).isEqualTo("short");
        TicketInput.body(cut, "text/plain", false, problems);
        assertThat(problemFields()).isEmpty();
    }
}

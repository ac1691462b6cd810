package dev.atende.automation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WildcardTests {

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            *urgente*          | Servidor URGENTE caiu   | true
            urgente*           | Servidor URGENTE caiu   | false
            *@acme.com         | ana@ACME.com            | true
            *@acme.com         | ana@acme.com.br         | false
            pedido ???         | Pedido 123              | true
            pedido ???         | Pedido 1234             | false
            *                  | ''                      | true
            ?                  | ''                      | false
            a*b*c              | aXXbYYc                 | true
            a*b*c              | aXXbYY                  | false
            [a-z]+             | abc                     | false
            (a+)+$             | aaaa                    | false
            """)
    void matchesWholeValuesWithStarAndQuestionMarkCaseAside(String pattern, String text, boolean expected) {
        assertThat(Wildcard.matches(pattern, text)).isEqualTo(expected);
    }

    @Test
    void hostilePatternsOnLongTextsStayFast() {
        String text = "a".repeat(200_000) + "b";
        String pattern = "*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*c";

        long started = System.nanoTime();
        boolean matched = Wildcard.matches(pattern, text);

        assertThat(matched).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }
}

package dev.atende.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTests {

    @Test
    void readsHandlesAfterAnAtThatStartsAWord() {
        assertThat(Mentions.in("@ana.lima and @Bruno-Reis, please; cc (@carla)", false))
                .containsExactly("ana.lima", "bruno-reis", "carla");
    }

    @Test
    void readsTheRichTextEditorsHtmlAsText() {
        String fromEditor = dev.atende.shared.SafeHtml.sanitize("<p>Can you check this, <b>@agent-5a4kjy</b>&nbsp;</p>");
        assertThat(Mentions.in(fromEditor, true)).containsExactly("agent-5a4kjy");
        assertThat(Mentions.in("Can you check this, @agent-5a4kjy&nbsp;", true)).containsExactly("agent-5a4kjy");
    }

    @Test
    void anEmailAddressNamesNobody() {
        assertThat(Mentions.in("write to ana@example.com or x@y", false)).isEmpty();
    }

    @Test
    void aFullStopOrDashAfterTheNameIsNotPartOfIt() {
        assertThat(Mentions.in("thanks @ana. And @bruno-", false)).containsExactly("ana", "bruno");
    }

    @Test
    void eachHandleOnceAndWithoutCase() {
        assertThat(Mentions.in("@Ana @ana @ANA", false)).containsExactly("ana");
    }

    @Test
    void htmlIsReadAsItsText() {
        assertThat(Mentions.in("<p>Hi <span class=\"mention\">@jo&atilde;o</span></p><a href=\"mailto:a@b.c\">x</a>", true))
                .containsExactly("joão");
    }

    @Test
    void aTooLongHandleNamesNobody() {
        assertThat(Mentions.in("@" + "a".repeat(65), false)).isEmpty();
        assertThat(Mentions.in("@" + "a".repeat(64), false)).hasSize(1);
    }

    @Test
    void aPersonIsNamedByTheirMailboxOrTheirNameWithoutSpaces() {
        assertThat(Mentions.handlesOf("Ana.Lima@example.com", "Ana  Lima Souza"))
                .containsExactly("ana.lima", "analimasouza");
        assertThat(Mentions.handleOf("ana.lima@example.com")).isEqualTo("ana.lima");
        assertThat(Mentions.in(null, false)).isEmpty();
    }
}

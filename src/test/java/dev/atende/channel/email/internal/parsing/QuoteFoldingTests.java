package dev.atende.channel.email.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteFoldingTests {

    @Test
    void foldsGmailHistoryInEnglish() {
        var folded = QuoteFolding.text("""
                Thanks, it works now.

                On Mon, Jan 8, 2024 at 10:00 AM John Doe <john@example.com> wrote:
                > Did you restart the router?
                > John""");

        assertThat(folded.fresh()).isEqualTo("Thanks, it works now.");
        assertThat(folded.folded()).startsWith("On Mon, Jan 8").endsWith("> John");
    }

    @Test
    void foldsAnAttributionWrappedOverTwoLines() {
        var folded = QuoteFolding.text("""
                Done.

                On Mon, Jan 8, 2024 at 10:00 AM John Doe <
                john@example.com> wrote:

                > Can you check?""");

        assertThat(folded.fresh()).isEqualTo("Done.");
        assertThat(folded.folded()).startsWith("On Mon");
    }

    @Test
    void foldsGmailHistoryInPortuguese() {
        var folded = QuoteFolding.text("""
                Obrigado, funcionou!

                Em seg., 8 de jan. de 2024 às 10:00, Maria Silva <maria@exemplo.com.br> escreveu:
                > Você já reiniciou o roteador?""");

        assertThat(folded.fresh()).isEqualTo("Obrigado, funcionou!");
        assertThat(folded.folded()).startsWith("Em seg., 8 de jan.");
    }

    @Test
    void foldsOutlookOriginalMessage() {
        var folded = QuoteFolding.text("""
                Please see below.

                -----Original Message-----
                From: Support <support@example.com>
                Sent: Monday, January 8, 2024 10:00 AM
                Subject: Your request""");

        assertThat(folded.fresh()).isEqualTo("Please see below.");
        assertThat(folded.folded()).startsWith("-----Original Message-----");
    }

    @Test
    void foldsOutlookHeaderInPortugueseWithItsSeparator() {
        var folded = QuoteFolding.text("""
                Segue o arquivo em anexo.

                ________________________________
                De: João Souza <joao@exemplo.com.br>
                Enviado: segunda-feira, 8 de janeiro de 2024 10:00
                Para: Suporte <suporte@atende.dev>
                Assunto: Re: Nota fiscal""");

        assertThat(folded.fresh()).isEqualTo("Segue o arquivo em anexo.");
        assertThat(folded.folded()).startsWith("______").contains("Enviado: segunda-feira");
    }

    @Test
    void foldsOutlookHeaderWithoutSeparator() {
        var folded = QuoteFolding.text("""
                Pode fechar o chamado.

                De: Suporte <suporte@atende.dev>
                Enviada em: terça-feira, 9 de janeiro de 2024 11:00
                Para: João""");

        assertThat(folded.fresh()).isEqualTo("Pode fechar o chamado.");
    }

    @Test
    void foldsTheSignatureAndWhatFollowsIt() {
        var folded = QuoteFolding.text("""
                Hi, the invoice is attached.

                --\s
                John Doe
                ACME Ltd.

                > old text""");

        assertThat(folded.fresh()).isEqualTo("Hi, the invoice is attached.");
        assertThat(folded.folded()).startsWith("-- \nJohn Doe").endsWith("> old text");
    }

    @Test
    void foldsMobileSignatures() {
        assertThat(QuoteFolding.text("Ok, obrigado.\n\nEnviado do meu iPhone").folded()).isEqualTo("Enviado do meu iPhone");
        assertThat(QuoteFolding.text("Sure.\n\nSent from my Galaxy").fresh()).isEqualTo("Sure.");
    }

    @Test
    void foldsAQuoteThatEndsTheTextWithoutAttribution() {
        var folded = QuoteFolding.text("Yes, please.\n\n> Should I cancel the order?\n>\n> Thanks\n");

        assertThat(folded.fresh()).isEqualTo("Yes, please.");
        assertThat(folded.folded()).isEqualTo("> Should I cancel the order?\n>\n> Thanks");
    }

    @Test
    void keepsInlineRepliesBetweenQuotes() {
        String text = "> What is your order number?\n12345\n> And the date?\nYesterday";

        assertThat(QuoteFolding.text(text).hasFolded()).isFalse();
        assertThat(QuoteFolding.text(text).fresh()).isEqualTo(text);
    }

    @Test
    void neverFoldsEverything() {
        String onlyQuote = "On Mon, Jan 8, 2024 John <john@example.com> wrote:\n> hello";

        assertThat(QuoteFolding.text(onlyQuote).fresh()).isEqualTo(onlyQuote);
        assertThat(QuoteFolding.text(onlyQuote).hasFolded()).isFalse();
    }

    @Test
    void keepsForwardedMessagesAsContent() {
        String text = """
                Veja abaixo o problema do cliente.

                ---------- Forwarded message ---------
                From: Cliente <cliente@exemplo.com.br>
                Date: seg., 8 de jan. de 2024 às 10:00
                Subject: Pedido atrasado

                Meu pedido não chegou.""";

        assertThat(QuoteFolding.text(text).hasFolded()).isFalse();
    }

    @Test
    void foldsGmailQuoteInHtml() {
        var folded = QuoteFolding.html("<div dir=\"ltr\">Thanks!</div><br><div class=\"gmail_quote\"><div class=\"gmail_attr\">"
                + "On Mon, Jan 8, 2024 at 10:00 AM John &lt;john@example.com&gt; wrote:<br></div>"
                + "<blockquote class=\"gmail_quote\">Did you restart?</blockquote></div>");

        assertThat(folded.fresh()).contains("Thanks!").doesNotContain("Did you restart?");
        assertThat(folded.folded()).startsWith("<div class=\"quote\">").contains("Did you restart?");
    }

    @Test
    void foldsOutlookWebReplyWithItsRule() {
        var folded = QuoteFolding.html("<div>Pode fechar.</div><div id=\"appendonsend\"></div><hr>"
                + "<div id=\"divRplyFwdMsg\"><b>De:</b> Suporte<br><b>Enviado:</b> terça-feira</div><div>Texto antigo</div>");

        assertThat(folded.fresh()).contains("Pode fechar.").doesNotContain("Texto antigo", "<hr");
        assertThat(folded.folded()).contains("divRplyFwdMsg", "Texto antigo");
    }

    @Test
    void foldsOutlookDesktopHeaderFoundByItsText() {
        var folded = QuoteFolding.html("<div class=\"WordSection1\"><p>Segue a planilha.</p>"
                + "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt\"><p><b>De:</b> Maria Silva<br>"
                + "<b>Enviado:</b> terça-feira, 9 de janeiro de 2024 11:00<br><b>Para:</b> Suporte</p></div>"
                + "<p>Mensagem anterior</p></div>");

        assertThat(folded.fresh()).contains("Segue a planilha.").doesNotContain("Mensagem anterior");
        assertThat(folded.folded()).contains("Maria Silva", "Mensagem anterior");
    }

    @Test
    void foldsAppleMailQuoteWithItsAttribution() {
        var folded = QuoteFolding.html("<div>Sim, pode enviar.</div><div><br><div>Em 8 de jan. de 2024, à(s) 10:00, "
                + "Ana &lt;ana@exemplo.com&gt; escreveu:</div><blockquote type=\"cite\">Posso enviar?</blockquote></div>");

        assertThat(folded.fresh()).contains("Sim, pode enviar.").doesNotContain("escreveu", "Posso enviar?");
        assertThat(folded.folded()).contains("escreveu", "Posso enviar?");
    }

    @Test
    void keepsABlockquoteFollowedByTheReply() {
        String html = "<blockquote>What is the order number?</blockquote><p>It is 12345.</p>";

        assertThat(QuoteFolding.html(html).hasFolded()).isFalse();
    }

    @Test
    void foldsABlockquoteThatEndsTheMail() {
        var folded = QuoteFolding.html("<p>Agreed.</p><blockquote><p>Shall we meet on Friday?</p></blockquote>");

        assertThat(folded.fresh()).isEqualTo("<p>Agreed.</p>");
        assertThat(folded.folded()).isEqualTo("<div class=\"quote\"><blockquote><p>Shall we meet on Friday?</p></blockquote></div>");
    }

    @Test
    void leavesHtmlWithoutHistoryAlone() {
        var folded = QuoteFolding.html("<p>Hello</p>");

        assertThat(folded.fresh()).isEqualTo("<p>Hello</p>");
        assertThat(folded.hasFolded()).isFalse();
    }
}

package dev.atende.channel.email.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atende.channel.email.internal.ParsedMail;
import dev.atende.channel.email.internal.ParsedMail.MailAddress;
import dev.atende.channel.email.internal.ParsedMail.MailPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The parser on hand-written mails, one per case it must survive; fixtures are in src/test/resources/mail. */
class MailParserTests {

    private final MailParser parser = new MailParser();

    @Test
    void readsLatin1BytesLabelledUtf8AndARawLatin1Subject() {
        ParsedMail mail = fixture("latin1-labelled-utf8.eml");

        assertThat(mail.text()).isEqualTo("Não consigo emitir a nota fiscal. Já tentei três vezes.");
        assertThat(mail.subject()).isEqualTo("Acentuação errada");
        assertThat(mail.from()).isEqualTo(new MailAddress("joao.silva@exemplo.com.br", "João Silva"));
        assertThat(mail.date()).isEqualTo(Instant.parse("2024-01-08T13:00:00Z"));
    }

    @Test
    void readsUtf8BytesLabelledLatin1() {
        assertThat(fixture("utf8-labelled-latin1.eml").text()).isEqualTo("Olá, o relatório está em anexo? Ação necessária.");
    }

    @Test
    void readsWindows1252TypographyLabelledLatin1() {
        ParsedMail mail = fixture("windows-1252.eml");

        assertThat(mail.text()).isEqualTo("“Orçamento” de €1.200 – válido até sexta…");
        assertThat(mail.subject()).isEqualTo("Orçamento");
    }

    @Test
    void guessesUnknownCharsetNamesFromTheBytes() {
        assertThat(fixture("unknown-charset.eml").text()).isEqualTo("Preço: R$ 10,00 ✓\n\nAtenção: vencimento amanhã");
    }

    @Test
    void decodesEncodedWordsThatSplitAnAccentAndAnEmoji() {
        ParsedMail mail = fixture("subject-rfc2047-pt-br.eml");

        assertThat(mail.subject()).isEqualTo("Re: Solicitação nº 123 – urgente 🚨 não recebi!");
        assertThat(mail.from()).isEqualTo(new MailAddress("jose@exemplo.com.br", "José Araújo"));
    }

    @Test
    void readsRawUtf8HeadersAndKeepsWhatABrokenAddressListHolds() {
        ParsedMail mail = fixture("raw-8bit-headers.eml");

        assertThat(mail.subject()).isEqualTo("Orçamento — revisão 😀");
        assertThat(mail.from()).isEqualTo(new MailAddress("jose@exemplo.com.br", "José Araújo"));
        assertThat(mail.to()).containsExactly(new MailAddress("ana@exemplo.com.br", "Ana"),
                new MailAddress("carlos@exemplo.com.br", null));
        assertThat(mail.cc()).containsExactly(new MailAddress("a@exemplo.com.br", null), new MailAddress("b@exemplo.com.br", null),
                new MailAddress("rita@exemplo.com.br", "Lima, Rita"));
        assertThat(mail.text()).isEqualTo("Preço combinado: três mil.");
    }

    @Test
    void namesFilesFromRfc2231StripsPathsAndNamesTheNameless() {
        ParsedMail mail = fixture("attachments-rfc2231.eml");

        assertThat(mail.attachments()).extracting(MailPart::filename)
                .containsExactly("Relatório de manutenção – março.pdf", "foto.jpg", "image.png");
        assertThat(mail.attachments()).extracting(MailPart::contentType).containsExactly("application/pdf", "image/jpeg", "image/png");
        assertThat(new String(mail.attachments().get(0).content(), StandardCharsets.US_ASCII)).startsWith("%PDF-1.4");
        // base64 with blanks inside and no padding
        assertThat(mail.attachments().get(1).content()).startsWith(0xFF, 0xD8).endsWith(0xFF, 0xD9);
        assertThat(mail.text()).isEqualTo("Seguem os arquivos.");
    }

    @Test
    void keepsInlineImagesAsPartsTheSanitizedHtmlStillShows() {
        ParsedMail mail = fixture("inline-image.eml");

        assertThat(mail.text()).isEqualTo("Veja a nova logo.");
        assertThat(mail.html()).contains("<img src=\"cid:logo@loja.com.br\"").doesNotContain("script", "alert");
        assertThat(mail.attachments()).singleElement().satisfies(logo -> {
            assertThat(logo.filename()).isEqualTo("logo.png");
            assertThat(logo.contentId()).isEqualTo("logo@loja.com.br");
            assertThat(logo.inline()).isTrue();
        });
    }

    @Test
    void keepsAForwardedMessageWholeAsAnEmlFile() {
        ParsedMail mail = fixture("forwarded-message.eml");

        assertThat(mail.text()).isEqualTo("Segue o e-mail do cliente.");
        MailPart forwarded = mail.attachments().get(0);
        assertThat(forwarded.filename()).isEqualTo("message.eml");
        assertThat(forwarded.contentType()).isEqualTo("message/rfc822");
        ParsedMail inner = parser.parse(forwarded.content());
        assertThat(inner.subject()).isEqualTo("Pedido atrasado");
        assertThat(inner.messageId()).isEqualTo("inner@exemplo.com.br");
        assertThat(inner.text()).isEqualTo("Meu pedido 987 não chegou.");
        assertThat(inner.attachments()).extracting(MailPart::filename).containsExactly("comprovante.pdf");
    }

    @Test
    void keepsWinmailDatAsAFile() {
        ParsedMail mail = fixture("winmail.eml");

        assertThat(mail.attachments()).extracting(MailPart::filename).containsExactly("winmail.dat", "winmail.dat");
        assertThat(mail.attachments().get(0).content()).startsWith(0x78, 0x9F, 0x3E, 0x22);
    }

    @Test
    void readsADeliveryStatusNotification() {
        ParsedMail mail = fixture("bounce-dsn.eml");

        assertThat(mail.bounce()).isEqualTo(new ParsedMail.Bounce("reply-42@atende.dev", "nobody@exemplo.com.br", "5.1.1"));
        assertThat(mail.automated().any()).isTrue();
        assertThat(mail.text()).contains("could not\nbe delivered");
    }

    @Test
    void readsAClassicBounceFromMailerDaemon() {
        assertThat(fixture("bounce-classic.eml").bounce())
                .isEqualTo(new ParsedMail.Bounce("reply-43@atende.dev", "cliente@exemplo.com.br", "5.1.1"));
    }

    @Test
    void ordinaryMailIsNeitherBounceNorAutomated() {
        ParsedMail mail = fixture("utf8-labelled-latin1.eml");

        assertThat(mail.bounce()).isNull();
        assertThat(mail.automated()).isEqualTo(ParsedMail.Automation.NONE);
    }

    @Test
    void marksAnAutoReply() {
        ParsedMail mail = fixture("auto-reply.eml");

        assertThat(mail.automated().autoSubmitted()).isEqualTo("auto-replied");
        assertThat(mail.automated().autoResponseSuppress()).isTrue();
        assertThat(mail.automated().any()).isTrue();
        assertThat(mail.subject()).isEqualTo("Resposta automática: Re: [#1044]");
        assertThat(mail.inReplyTo()).containsExactly("reply-44@atende.dev");
    }

    @Test
    void marksListMailAndJoinsFlowedLines() {
        ParsedMail mail = fixture("mailing-list.eml");

        assertThat(mail.automated().listId()).isEqualTo("usuarios.lists.atende.dev");
        assertThat(mail.automated().precedence()).isEqualTo("list");
        assertThat(mail.text()).isEqualTo("Como configuro o calendário de atendimento?");
    }

    @Test
    void derivesTextFromOutlookHtmlAndMarksItsQuotedHistory() {
        ParsedMail mail = fixture("outlook-html-only.eml");

        assertThat(mail.text()).startsWith("Bom dia,\n\nO boleto está aqui (https://exemplo.com.br/boleto/123).\n\nAtt,\nMaria")
                .contains("Enviada em: segunda-feira").endsWith("Mensagem anterior")
                .doesNotContain("MsoNormal", "Calibri", "<p", "<o:p");
        assertThat(mail.html()).contains("O boleto está <a href=\"https://exemplo.com.br/boleto/123\"")
                .doesNotContain("<style", "Calibri", "<title");
        String quote = mail.html().substring(mail.html().indexOf("<div class=\"quote\">"));
        assertThat(quote).contains("Enviada em:", "Mensagem anterior").doesNotContain("Bom dia");
    }

    @Test
    void readsAMailWithoutMessageIdAndWithJunkAroundItsIds() {
        ParsedMail mail = fixture("no-message-id.eml");

        assertThat(mail.messageId()).isNull();
        assertThat(mail.inReplyTo()).containsExactly("reply-45@atende.dev");
        assertThat(mail.references()).containsExactly("first-45@atende.dev", "reply-45@atende.dev");
        assertThat(mail.date()).isEqualTo(Instant.parse("2024-01-09T17:30:00Z"));
        assertThat(mail.from()).isEqualTo(new MailAddress("pedro@exemplo.com.br", "Silva, Pedro"));
    }

    @Test
    void readsTheSameMailWhateverItsNewlines() {
        String mail = "From: a@example.com\nSubject: Lines\nContent-Type: multipart/mixed; boundary=b\n\n--b\n"
                + "Content-Type: text/plain\n\none\ntwo\n--b\nContent-Type: text/plain\n\nthree\n--b--\n";

        for (String newline : new String[] {"\r\n", "\r", "\n"}) {
            ParsedMail parsed = parser.parse(mail.replace("\n", newline).getBytes(StandardCharsets.US_ASCII));
            assertThat(parsed.subject()).as(newline).isEqualTo("Lines");
            assertThat(parsed.text()).as(newline).isEqualTo("one\ntwo\n\nthree");
        }
        String mixed = mail.replace("Subject: Lines\n", "Subject: Lines\r\n").replace("two\n", "two\r");
        assertThat(parser.parse(mixed.getBytes(StandardCharsets.US_ASCII)).text()).isEqualTo("one\ntwo\n\nthree");
    }

    @Test
    void keepsTheBodyOfAMultipartWhoseBoundaryNeverComes() {
        ParsedMail mail = parse("From: a@example.com\nContent-Type: multipart/mixed; boundary=\"missing\"\n\nStill here.\n");

        assertThat(mail.text()).isEqualTo("Still here.");
    }

    @Test
    void readsAMailWithoutHeadersAsText() {
        ParsedMail mail = parse("Just some words someone piped in.\nSecond line.");

        assertThat(mail.subject()).isEmpty();
        assertThat(mail.from()).isNull();
        assertThat(mail.text()).isEqualTo("Just some words someone piped in.\nSecond line.");
    }

    @Test
    void survivesInputThatIsNoMailAtAll() {
        byte[] noise = new byte[20_000];
        new Random(42).nextBytes(noise);

        for (byte[] input : new byte[][] {noise, new byte[0], null, "{\"json\": true}".getBytes(StandardCharsets.UTF_8),
                "--\n--\n\n--".getBytes(StandardCharsets.US_ASCII)}) {
            ParsedMail mail = parser.parse(input);
            assertThat(mail.subject()).isEmpty();
            assertThat(mail.text()).isNotNull().doesNotContain("\u0000");
        }
    }

    @Test
    void survivesDeepNesting() {
        StringBuilder mail = new StringBuilder("Subject: deep\n");
        for (int i = 0; i < 200; i++) {
            mail.append("Content-Type: multipart/mixed; boundary=b").append(i).append("\n\n--b").append(i).append("\n");
        }
        mail.append("Content-Type: text/plain\n\nbottom\n");

        ParsedMail parsed = parse(mail.toString());

        assertThat(parsed.subject()).isEqualTo("deep");
        assertThat(parsed.text()).contains("bottom");
    }

    @Test
    void skipsTheMboxSeparatorLine() {
        ParsedMail mail = parse("From someone@example.com Mon Jan  8 10:00:00 2024\nFrom: someone@example.com\nSubject: mbox\n\nbody");

        assertThat(mail.subject()).isEqualTo("mbox");
        assertThat(mail.from().address()).isEqualTo("someone@example.com");
    }

    @Test
    void turnsUuencodedBlocksIntoFiles() {
        ParsedMail mail = parse("Subject: uu\n\nHere it is:\n\nbegin 644 hello.txt\n&:&5L;&\\*\n`\nend\n\nBye.\n");

        assertThat(mail.attachments()).singleElement().satisfies(file -> {
            assertThat(file.filename()).isEqualTo("hello.txt");
            assertThat(new String(file.content(), StandardCharsets.US_ASCII)).isEqualTo("hello\n");
        });
        assertThat(mail.text()).contains("Here it is:", "Bye.").doesNotContain("begin 644");
    }

    @Test
    void joinsTextPartsOfAMixedMailAndAddsThemToTheHtml() {
        ParsedMail mail = parse("Subject: footer\nContent-Type: multipart/mixed; boundary=m\n\n--m\n"
                + "Content-Type: multipart/alternative; boundary=a\n\n--a\nContent-Type: text/plain\n\nHello\n--a\n"
                + "Content-Type: text/html\n\n<p>Hello</p>\n--a--\n--m\nContent-Type: text/plain\n\nList footer <x>\n--m--\n");

        assertThat(mail.text()).isEqualTo("Hello\n\nList footer <x>");
        assertThat(mail.html()).contains("<p>Hello</p>", "List footer &lt;x&gt;");
    }

    private ParsedMail parse(String mail) {
        return parser.parse(mail.getBytes(StandardCharsets.UTF_8));
    }

    private ParsedMail fixture(String fixture) {
        try (InputStream in = MailParserTests.class.getResourceAsStream("/mail/" + fixture)) {
            return parser.parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

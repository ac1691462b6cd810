package dev.atende.channel.email.internal.parsing;

import dev.atende.channel.email.internal.MailParsing;
import dev.atende.channel.email.internal.ParsedMail;
import dev.atende.channel.email.internal.ParsedMail.MailAddress;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads a raw e-mail into a {@link ParsedMail}. It never throws: broken structure, wrong
 * charsets and junk headers are read as far as they can be, and input that is not a mail at all
 * comes back as a mail whose text is those bytes. Stateless and thread-safe.
 */
@Component
public class MailParser implements MailParsing {

    private static final Logger log = LoggerFactory.getLogger(MailParser.class);

    public ParsedMail parse(byte[] raw) {
        byte[] bytes = raw == null ? new byte[0] : raw;
        try {
            return read(bytes);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug here must not lose the mail: keep its bytes as text
            log.warn("Mail of {} bytes could not be parsed, kept as plain text", bytes.length, e);
            return new ParsedMail(null, List.of(), List.of(), "", null, null, List.of(), List.of(), null,
                    PartText.clean(CharsetGuess.decode(bytes, null)), null, List.of(), ParsedMail.Automation.NONE, null);
        }
    }

    private ParsedMail read(byte[] bytes) {
        MimeEntity root = MimeReader.read(bytes);
        MimeHeaders headers = root.headers();
        String subject = headers.has("Subject") ? HeaderDecoder.decode(headers.get("Subject")) : "";
        MailAddress from = AddressList.first(headers.get("From"));
        if (from == null) {
            from = AddressList.first(headers.get("Sender"));
        }
        BodyExtractor.Body body = BodyExtractor.extract(root);
        return new ParsedMail(
                MessageIds.first(headers.get("Message-ID")),
                MessageIds.parse(headers.get("In-Reply-To")),
                MessageIds.parse(String.join(" ", headers.all("References"))),
                subject,
                from,
                AddressList.first(headers.get("Reply-To")),
                addresses(headers.all("To")),
                addresses(headers.all("Cc")),
                MailDate.parse(headers.get("Date")),
                body.text(),
                body.html() == null ? null : MailHtml.sanitize(withQuoteMarked(body.html())),
                body.attachments(),
                AutomationMarkers.read(headers),
                BounceReader.read(root, from, subject, body.text()));
    }

    /** The quoted history wrapped in div.quote, which the view folds away; marked before sanitizing strips the mailers' marks. */
    private static String withQuoteMarked(String html) {
        QuoteFolding.Folded folded = QuoteFolding.html(html);
        return folded.fresh() + folded.folded();
    }

    /** Every field of the name (some mailers write To twice), in order. */
    private static List<MailAddress> addresses(List<String> fields) {
        List<MailAddress> addresses = new ArrayList<>();
        for (String field : fields) {
            addresses.addAll(AddressList.parse(field));
        }
        return addresses;
    }
}

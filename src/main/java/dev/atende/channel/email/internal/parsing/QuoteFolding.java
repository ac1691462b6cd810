package dev.atende.channel.email.internal.parsing;

import java.util.regex.Pattern;

/**
 * Splits a mail body into what the sender wrote now and what can be folded away: the quoted
 * history (lines starting with {@code >} at the end, "On ... wrote:", "Em ... escreveu:",
 * "-----Original Message-----", Outlook's "De: ... Enviado:" header) and the signature ({@code -- },
 * "Enviado do meu iPhone"). The fold starts at the first of these; nothing is folded when that
 * would leave nothing to read. Forwarded messages are content, not history, and stay.
 */
public final class QuoteFolding {

    /** What the sender wrote now, and what can be folded (for HTML already wrapped in {@code div.quote}). */
    public record Folded(String fresh, String folded) {

        public boolean hasFolded() {
            return !folded.isEmpty();
        }
    }

    private static final Pattern ATTRIBUTION = Pattern.compile("(?is)^\\W{0,3}(on|em|el|le|am|il|op|den)\\s.{4,300}"
            + "((wrote|escreveu|escribi[óo]|a [ée]crit|ha scritto|schreef|skrev)|schrieb(\\s[^:]{1,150})?)\\s*:\\s*$");
    private static final Pattern ORIGINAL = Pattern.compile("(?i)^\\s*-{2,}\\s*(original message|mensagem original"
            + "|mensaje original|message d'origine|urspr[üu]ngliche nachricht|messaggio originale)\\s*-{2,}\\s*$");
    private static final Pattern HEADER_FROM = Pattern.compile("(?i)^\\s*\\*?(from|de|von|da|van)\\s*:\\*?\\s*\\S.*");
    private static final Pattern HEADER_NEXT = Pattern.compile("(?i)^\\s*\\*?(sent|enviado|enviada em|enviada|data|date"
            + "|gesendet|envoy[ée]|inviato|verzonden)\\s*:\\*?.*");
    private static final Pattern FORWARD = Pattern.compile("(?i)^\\s*(-{2,}\\s*(forwarded message|mensagem encaminhada"
            + "|mensaje reenviado|message transf[ée]r[ée]|weitergeleitete nachricht)\\s*-{2,}|begin forwarded message:|in[ií]cio da mensagem encaminhada:)\\s*$");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*_{10,}\\s*$");
    private static final Pattern SIGNATURE = Pattern.compile("(?i)^(-- ?|(sent from my|enviado do meu|enviado de meu"
            + "|enviado desde mi|envoy[ée] de mon|von meinem|get outlook for|obter o outlook para|baixe o outlook para)\\b.*)$");

    private QuoteFolding() {
    }

    public static Folded text(String text) {
        if (text == null || text.isBlank()) {
            return new Folded(text == null ? "" : text, "");
        }
        String[] lines = text.split("\n", -1);
        int cut = Math.min(history(lines), trailingQuote(lines));
        String fresh = join(lines, 0, cut).stripTrailing();
        if (cut >= lines.length || fresh.isBlank()) {
            return new Folded(text, "");
        }
        return new Folded(fresh, join(lines, cut, lines.length).strip());
    }

    /** HTML: the quote is found by the marks mailers leave (gmail_quote, blockquote type=cite, divRplyFwdMsg...). */
    public static Folded html(String html) {
        return HtmlQuotes.fold(html);
    }

    /** The first line where history or a signature starts, or the number of lines. */
    static int history(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith(">")) {
                continue;
            }
            if (FORWARD.matcher(line).matches()) {
                return lines.length; // what follows was forwarded on purpose: it is content
            }
            if (ORIGINAL.matcher(line).matches() || SIGNATURE.matcher(line).matches() || attributionAt(lines, i)) {
                return i;
            }
            if (SEPARATOR.matcher(line).matches() && outlookHeaderAt(lines, nextFilled(lines, i + 1))) {
                return i;
            }
            if (outlookHeaderAt(lines, i)) {
                return i;
            }
        }
        return lines.length;
    }

    static boolean isAttribution(String text) {
        return ATTRIBUTION.matcher(text.strip()).matches();
    }

    static boolean isHistoryMark(String text) {
        String line = text.strip();
        return ORIGINAL.matcher(line).matches() || isAttribution(line) || outlookHeaderAt(line.split("\n"), 0);
    }

    /** "On Mon, ... John <j@x> wrote:", which mailers often wrap over two or three lines. */
    private static boolean attributionAt(String[] lines, int i) {
        if (lines[i].isBlank()) {
            return false;
        }
        StringBuilder joined = new StringBuilder();
        for (int k = i; k < Math.min(lines.length, i + 3); k++) {
            joined.append(k > i ? " " : "").append(lines[k].strip());
            if (ATTRIBUTION.matcher(joined).matches()) {
                return true;
            }
        }
        return false;
    }

    /** "From: ..." followed within three lines by "Sent: ..." (or their translations). */
    private static boolean outlookHeaderAt(String[] lines, int i) {
        if (i >= lines.length || !HEADER_FROM.matcher(lines[i]).matches()) {
            return false;
        }
        for (int k = i + 1; k < Math.min(lines.length, i + 4); k++) {
            if (HEADER_NEXT.matcher(lines[k]).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Where the block of quoted lines that ends the text starts (blank lines may sit in it). */
    private static int trailingQuote(String[] lines) {
        int start = lines.length;
        for (int i = lines.length - 1; i >= 0; i--) {
            String line = lines[i];
            if (line.startsWith(">")) {
                start = i;
            } else if (!line.isBlank()) {
                break;
            }
        }
        return start;
    }

    private static int nextFilled(String[] lines, int from) {
        int i = from;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        return i;
    }

    private static String join(String[] lines, int from, int to) {
        return String.join("\n", java.util.Arrays.asList(lines).subList(from, Math.min(to, lines.length)));
    }
}

package dev.atende.channel.email.internal.parsing;

import dev.atende.channel.email.internal.ParsedMail.MailAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads From, To, Cc and Reply-To: {@code Name <a@b>}, bare {@code a@b}, {@code a@b (Name)},
 * groups, quoted and encoded display names, and broken lists (a missing {@code >}, missing
 * commas' neighbours, junk) without failing: whatever has an address is kept, the rest is dropped.
 */
final class AddressList {

    private static final Pattern WELL_FORMED = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private AddressList() {
    }

    static List<MailAddress> parse(String raw) {
        List<MailAddress> addresses = new ArrayList<>();
        if (raw == null) {
            return addresses;
        }
        for (String item : items(raw.replace('\r', ' ').replace('\n', ' '))) {
            MailAddress address = address(item);
            if (address != null) {
                addresses.add(address);
            }
        }
        return addresses;
    }

    static MailAddress first(String raw) {
        List<MailAddress> addresses = parse(raw);
        return addresses.isEmpty() ? null : addresses.get(0);
    }

    /** Splits at commas outside quotes, comments and angle brackets; drops group names. */
    private static List<String> items(String text) {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        boolean quoted = false;
        boolean angle = false;
        boolean route = false;
        int comment = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < text.length()) {
                    item.append(c).append(text.charAt(++i));
                    continue;
                }
                quoted = c != '"';
            } else if (comment > 0) {
                comment += c == '(' ? 1 : c == ')' ? -1 : 0;
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(') {
                comment = 1;
            } else if (c == '<') {
                angle = true;
                route = i + 1 < text.length() && text.charAt(i + 1) == '@';
            } else if (c == '>') {
                angle = false;
            } else if (angle && c == ',' && !route) {
                angle = false; // a missing '>': the comma still ends the address
                items.add(item.toString());
                item.setLength(0);
                continue;
            } else if (!angle && (c == ',' || c == ';')) {
                items.add(item.toString());
                item.setLength(0);
                continue;
            } else if (!angle && c == ':' && item.indexOf("@") < 0) {
                item.setLength(0); // "Group name:" starts a group; its name is not an address
                continue;
            }
            item.append(c);
        }
        items.add(item.toString());
        return items;
    }

    private static MailAddress address(String item) {
        int open = indexOutsideQuotes(item, '<');
        String name;
        String address;
        if (open >= 0) {
            int close = item.indexOf('>', open);
            address = item.substring(open + 1, close < 0 ? item.length() : close);
            if (address.startsWith("@") && address.indexOf(':') > 0) {
                address = address.substring(address.indexOf(':') + 1); // obsolete source route: <@a,@b:user@c>
            }
            name = phrase(item.substring(0, open));
            if (name == null && close >= 0) {
                name = phrase(item.substring(close + 1)); // "<a@b> Name" or "<a@b> (Name)"
            }
        } else {
            // obsolete forms: "a@b (Name)", blanks around the dots and the @
            String rest = withoutComments(item).strip().replaceAll("\\s*([.@])\\s*", "$1");
            address = null;
            StringBuilder others = new StringBuilder();
            for (String token : rest.split("\\s+")) {
                if (address == null && token.indexOf('@') > 0) {
                    address = token;
                } else {
                    others.append(' ').append(token);
                }
            }
            if (address == null) {
                return null; // a display name alone is not an address
            }
            String comment = firstComment(item);
            name = comment != null ? comment : others.toString();
        }
        address = cleanAddress(address);
        boolean readable = address.indexOf('@') < 0 ? open >= 0 && !address.isEmpty() : WELL_FORMED.matcher(address).matches();
        if (!readable) {
            return null; // "bad@@"; a bare word without a domain only counts in angle brackets
        }
        return new MailAddress(address, displayName(name));
    }

    /** The words of a display name without its comments; the first comment when there are no words. */
    private static String phrase(String text) {
        String words = withoutComments(text).strip();
        return words.isEmpty() ? firstComment(text) : words;
    }

    private static String cleanAddress(String address) {
        String clean = withoutComments(address).replaceAll("\\s+", "");
        if (clean.regionMatches(true, 0, "mailto:", 0, 7)) {
            clean = clean.substring(7);
        }
        clean = clean.replaceAll("^['\"]+|['\".]+$", "");
        return HeaderDecoder.decode(clean).toLowerCase(Locale.ROOT);
    }

    private static String displayName(String raw) {
        if (raw == null) {
            return null;
        }
        String name = raw.strip();
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\\' && i + 1 < name.length()) {
                out.append(name.charAt(++i));
            } else if (c != '"') {
                out.append(c);
            }
        }
        String decoded = HeaderDecoder.decode(out.toString());
        return decoded.isBlank() ? null : decoded;
    }

    /** The text of the first (comment) outside quotes, or null. */
    private static String firstComment(String text) {
        int depth = 0;
        boolean quoted = false;
        StringBuilder comment = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                if (depth > 0) {
                    comment.append(text.charAt(i + 1));
                }
                i++;
            } else if (c == '"' && depth == 0) {
                quoted = !quoted;
            } else if (c == '(' && !quoted) {
                if (depth++ > 0) {
                    comment.append(c);
                }
            } else if (c == ')' && depth > 0) {
                if (--depth == 0) {
                    String found = comment.toString().strip();
                    return found.isEmpty() ? null : found;
                }
                comment.append(c);
            } else if (depth > 0) {
                comment.append(c);
            }
        }
        return null;
    }

    /** The text without its (comments), quotes and escapes left as they are. */
    private static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                if (depth == 0) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (c == '"' && depth == 0) {
                quoted = !quoted;
                out.append(c);
            } else if (c == '(' && !quoted) {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int indexOutsideQuotes(String text, char wanted) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == wanted && !quoted) {
                return i;
            }
        }
        return -1;
    }
}

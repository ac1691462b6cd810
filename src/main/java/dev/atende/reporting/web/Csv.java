package dev.atende.reporting.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * CSV as spreadsheet apps open it: UTF-8 with a byte-order mark, comma-separated, CRLF, quoted
 * where needed (RFC 4180). A text cell starting with {@code = + - @}, a tab or a carriage return
 * gets a leading apostrophe, so a spreadsheet shows it instead of running it as a formula (a
 * customer's subject "=HYPERLINK(...)" stays text). Numbers are written as numbers.
 */
final class Csv implements AutoCloseable {

    private final Writer out;

    Csv(OutputStream stream) {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        write("\uFEFF");
    }

    Csv row(Object... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells[i]));
        }
        write(line.append("\r\n").toString());
        return this;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof Instant) {
            return value.toString();
        }
        return text(value.toString());
    }

    static String text(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0 || !safe.equals(safe.strip());
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

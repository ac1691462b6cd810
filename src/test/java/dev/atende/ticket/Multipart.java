package dev.atende.ticket;

import dev.atende.support.Api;
import dev.atende.support.ApiResponse;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body built by hand, as a browser or curl would send it. */
final class Multipart {

    private final String boundary = "----atende" + UUID.randomUUID().toString().replace("-", "");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Multipart field(String name, String value) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
        write(value);
        write("\r\n");
        return this;
    }

    Multipart file(String name, String filename, String contentType, byte[] content) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        out.writeBytes(content);
        write("\r\n");
        return this;
    }

    /** The finished body and its content type (with the boundary). */
    record Body(byte[] bytes, String contentType) {
    }

    Body finish() {
        write("--" + boundary + "--\r\n");
        return new Body(out.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    ApiResponse post(Api api, String path) {
        var body = finish();
        return api.send("POST", path, BodyPublishers.ofByteArray(body.bytes()), body.contentType());
    }

    private void write(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}

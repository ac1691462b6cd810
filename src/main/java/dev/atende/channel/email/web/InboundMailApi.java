package dev.atende.channel.email.web;

import dev.atende.channel.email.IngestResult;
import dev.atende.channel.email.MailIngestion;
import dev.atende.channel.email.internal.InboundMail;
import dev.atende.identity.Actor;
import dev.atende.shared.PageRequest;
import dev.atende.shared.PayloadTooLargeException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "E-mail")
@RestController
@RequestMapping("/api/v1/channels/email")
class InboundMailApi {

    private final MailIngestion ingestion;
    private final long maxBytes;

    InboundMailApi(MailIngestion ingestion, @Value("${atende.mail.max-message-size:50MB}") DataSize maxMessageSize) {
        this.ingestion = ingestion;
        this.maxBytes = maxMessageSize.toBytes();
    }

    record FailedMail(long id, Long mailbox, String source, String messageId, long size, Instant receivedAt,
            String error, int attempts) {
        static FailedMail of(InboundMail m) {
            return new FailedMail(m.id(), m.mailboxId(), m.source(), m.messageId(), m.size(), m.receivedAt(), m.error(),
                    m.attempts());
        }
    }

    @Operation(summary = "Ingest one raw e-mail (body: message/rfc822), e.g. piped in by an MTA with an admin's token",
            description = "Answers 202 with what became of it: created, appended, duplicate, ignored or failed. "
                    + "The mail is stored before it is processed, so a failed one can be retried later.")
    @PostMapping(path = "/raw", consumes = {"message/rfc822", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ResponseEntity<IngestResult> raw(Actor actor, @RequestParam(required = false) Long mailbox,
            HttpServletRequest request) throws IOException {
        byte[] raw = read(request.getInputStream(), request.getContentLengthLong());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(ingestion.receive(actor, raw, mailbox));
    }

    @Operation(summary = "Mails that could not be processed, newest first, with their error (admins)")
    @GetMapping("/failed")
    List<FailedMail> failed(Actor actor, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var request = PageRequest.of(page, size);
        return ingestion.failed(actor, request.page(), request.size()).stream().map(FailedMail::of).toList();
    }

    @Operation(summary = "Process a failed mail again")
    @PostMapping("/failed/{id}/retry")
    IngestResult retry(Actor actor, @PathVariable long id) {
        return ingestion.retry(actor, id);
    }

    @Operation(summary = "Download a received mail exactly as it arrived (.eml)")
    @GetMapping("/failed/{id}/raw")
    ResponseEntity<InputStreamResource> download(Actor actor, @PathVariable long id) {
        InputStream content = ingestion.raw(actor, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("message/rfc822"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("mail-" + id + ".eml").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content));
    }

    /** Reads the body up to the message size limit; a longer one is refused without reading it all. */
    private byte[] read(InputStream in, long declared) throws IOException {
        long limit = maxBytes / (1024 * 1024);
        if (declared > maxBytes) {
            throw new PayloadTooLargeException("error.mail.tooLarge", limit);
        }
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new PayloadTooLargeException("error.mail.tooLarge", limit);
        }
        return bytes;
    }
}

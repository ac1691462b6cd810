package dev.atende.channel.email.web;

import dev.atende.channel.email.IngestResult;
import dev.atende.channel.email.MailIngestion;
import dev.atende.identity.Actor;
import java.io.InputStream;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Mail that could not become a ticket, for admins: the error, a retry, the original to download. */
@Controller
@RequestMapping("/admin/mail/failed")
class AdminFailedMailPage {

    private final MailIngestion ingestion;

    AdminFailedMailPage(MailIngestion ingestion) {
        this.ingestion = ingestion;
    }

    @GetMapping
    String list(Actor actor, Model model) {
        model.addAttribute("mails", ingestion.failed(actor, 0, 200).stream().map(InboundMailApi.FailedMail::of).toList());
        return "email/admin/failed";
    }

    @PostMapping("/{id}/retry")
    String retry(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        IngestResult result = ingestion.retry(actor, id);
        if (IngestResult.FAILED.equals(result.result())) {
            redirect.addFlashAttribute("flashError", "mail.failed.stillFailing");
            redirect.addFlashAttribute("flashErrorArg", result.reason());
        } else {
            redirect.addFlashAttribute("flash", "mail.failed.retried");
            redirect.addFlashAttribute("flashArg", result.result());
        }
        return "redirect:/admin/mail/failed";
    }

    @GetMapping("/{id}/raw")
    ResponseEntity<InputStreamResource> download(Actor actor, @PathVariable long id) {
        InputStream content = ingestion.raw(actor, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("mail-" + id + ".eml").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content));
    }
}

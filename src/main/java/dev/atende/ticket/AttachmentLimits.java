package dev.atende.ticket;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** How big one attached file may be, and how many files one article may carry. */
@ConfigurationProperties("atende.attachments")
public record AttachmentLimits(@DefaultValue("20MB") DataSize maxSize, @DefaultValue("20") int maxFiles) {
}

package dev.atende.channel.email.internal;

import org.springframework.context.annotation.Configuration;

/**
 * Jakarta Mail 2.1 finds its stream provider through the {@code ServiceLoader} for every message,
 * header block and body part it creates (jakartaee/mail-api#699 and #861): a walk over every jar
 * on the class path each time, about 8 % of the CPU of mail ingestion and sending. It checks a
 * system property first; naming the Angus provider there makes the lookup a loaded-class lookup.
 */
@Configuration(proxyBeanMethods = false)
class MailStreamProvider {

    static final String PROPERTY = "jakarta.mail.util.StreamProvider";
    static final String ANGUS = "org.eclipse.angus.mail.util.MailStreamProvider";

    static {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, ANGUS);
        }
    }
}

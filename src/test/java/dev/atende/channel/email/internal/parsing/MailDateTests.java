package dev.atende.channel.email.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MailDateTests {

    @Test
    void readsRfc5322AndItsObsoleteForms() {
        assertThat(MailDate.parse("Mon, 8 Jan 2024 10:00:00 -0300")).isEqualTo(Instant.parse("2024-01-08T13:00:00Z"));
        assertThat(MailDate.parse("8 Jan 2024 10:00 -0300")).isEqualTo(Instant.parse("2024-01-08T13:00:00Z"));
        assertThat(MailDate.parse("Wed, 11 Feb 98 11:51 CST")).isEqualTo(Instant.parse("1998-02-11T17:51:00Z"));
        assertThat(MailDate.parse("Sun, 21 Mar 1993 23:56:48 -0800 (PST)")).isEqualTo(Instant.parse("1993-03-22T07:56:48Z"));
        assertThat(MailDate.parse("Thu,\n 13\n Feb\n 1969\n 23:32\n -0330 (Newfoundland Time)"))
                .isEqualTo(Instant.parse("1969-02-14T03:02:00Z"));
    }

    @Test
    void readsCommonMalformedDates() {
        assertThat(MailDate.parse("Wed Feb 11 17:45:03 2026")).isEqualTo(Instant.parse("2026-02-11T17:45:03Z"));
        assertThat(MailDate.parse("2024-01-08T10:00:00+01:00")).isEqualTo(Instant.parse("2024-01-08T09:00:00Z"));
        assertThat(MailDate.parse("2024-01-08 10:00:00")).isEqualTo(Instant.parse("2024-01-08T10:00:00Z"));
        assertThat(MailDate.parse("Mon, 21 Aug 95 13:30:57 -600")).isEqualTo(Instant.parse("1995-08-21T19:30:57Z"));
        assertThat(MailDate.parse("seg, 8 fev 2024 10:00:00 -0300")).isEqualTo(Instant.parse("2024-02-08T13:00:00Z"));
        assertThat(MailDate.parse("Mon, 8 Jan 2024 10:00:00 +0000 (UTC)")).isEqualTo(Instant.parse("2024-01-08T10:00:00Z"));
    }

    @Test
    void answersNullWhenNoDateCanBeRead() {
        assertThat(MailDate.parse("Whenever")).isNull();
        assertThat(MailDate.parse("Tue, 7 Bog 2026 19:14:51 +0000")).isNull();
        assertThat(MailDate.parse("Mon, 31 Feb 2024 10:00:00 +0000")).isNull();
        assertThat(MailDate.parse("")).isNull();
        assertThat(MailDate.parse(null)).isNull();
    }
}

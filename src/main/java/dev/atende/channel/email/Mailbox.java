package dev.atende.channel.email;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An e-mail account that support mail arrives in: polled over IMAP or POP3 when active, its
 * address the From of replies. Passwords are kept sealed ({@link dev.atende.shared.SecretBox})
 * and never shown. The polling state ({@code lastError}, {@code failures}, the next poll) is
 * written by the poller alone, never by a change of settings, so the two do not overwrite each
 * other.
 */
@Entity
@Table(name = "mail_mailboxes")
public class Mailbox {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String address;
    private String protocol;
    private String security;
    private String host;
    private Integer port;
    private String username;

    @Column(name = "password_enc")
    private String sealedPassword;

    private String folder;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "poll_interval_seconds")
    private int pollIntervalSeconds;

    private boolean active;

    @Column(name = "smtp_host")
    private String smtpHost;

    @Column(name = "smtp_port")
    private Integer smtpPort;

    @Column(name = "smtp_security")
    private String smtpSecurity;

    @Column(name = "smtp_username")
    private String smtpUsername;

    @Column(name = "smtp_password_enc")
    private String sealedSmtpPassword;

    @Column(name = "last_error", updatable = false)
    private String lastError;

    @Column(name = "last_polled_at", updatable = false)
    private Instant lastPolledAt;

    @Column(name = "next_poll_at", updatable = false)
    private Instant nextPollAt;

    @Column(updatable = false)
    private int failures;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Mailbox() {
    }

    Mailbox(MailboxSettings settings, Instant now) {
        configure(settings);
        this.createdAt = now;
        this.nextPollAt = now;
    }

    void configure(MailboxSettings s) {
        this.name = s.name();
        this.address = s.address();
        this.protocol = s.protocol().code();
        this.security = s.security().code();
        this.host = s.host();
        this.port = s.port();
        this.username = s.username();
        this.folder = s.folder();
        this.groupId = s.groupId();
        this.pollIntervalSeconds = s.pollIntervalSeconds();
        this.active = s.active();
        MailboxSettings.Smtp smtp = s.smtp();
        this.smtpHost = smtp == null ? null : smtp.host();
        this.smtpPort = smtp == null ? null : smtp.port();
        this.smtpSecurity = smtp == null ? null : smtp.security().code();
        this.smtpUsername = smtp == null ? null : smtp.username();
        if (smtp == null) {
            this.sealedSmtpPassword = null;
        }
    }

    /** Mirrors what {@code PollStatus.pollSoon} writes (these columns are the poller's), so the answer shows it. */
    void pollSoon(Instant now) {
        this.nextPollAt = now;
        this.failures = 0;
    }

    void sealPassword(String sealed) {
        this.sealedPassword = sealed;
    }

    void sealSmtpPassword(String sealed) {
        this.sealedSmtpPassword = sealed;
    }

    public MailboxSettings settings() {
        MailboxSettings.Smtp smtp = smtpHost == null ? null
                : new MailboxSettings.Smtp(smtpHost, smtpPort, MailSecurity.fromCode(smtpSecurity), smtpUsername);
        return new MailboxSettings(name, address, protocol(), security(), host, port, username, folder, groupId,
                pollIntervalSeconds, active, smtp);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public MailProtocol protocol() {
        return MailProtocol.fromCode(protocol);
    }

    public MailSecurity security() {
        return MailSecurity.fromCode(security);
    }

    public String host() {
        return host;
    }

    public Integer port() {
        return port;
    }

    public String username() {
        return username;
    }

    public String folder() {
        return folder;
    }

    public Long groupId() {
        return groupId;
    }

    public int pollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public boolean active() {
        return active;
    }

    public boolean hasPassword() {
        return sealedPassword != null;
    }

    /** The incoming server's password, sealed: open it with the application's {@code SecretBox}. */
    public String sealedPassword() {
        return sealedPassword;
    }

    public boolean hasSmtpPassword() {
        return sealedSmtpPassword != null;
    }

    /** The SMTP password, sealed like {@link #sealedPassword()}; null without SMTP login. */
    public String sealedSmtpPassword() {
        return sealedSmtpPassword;
    }

    /** What went wrong on the last poll, in words; null when it went well. */
    public String lastError() {
        return lastError;
    }

    public Instant lastPolledAt() {
        return lastPolledAt;
    }

    public Instant nextPollAt() {
        return nextPollAt;
    }

    /** Polls that failed in a row (the wait before the next grows with them). */
    public int failures() {
        return failures;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}

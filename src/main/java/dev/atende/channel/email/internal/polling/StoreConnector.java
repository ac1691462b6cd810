package dev.atende.channel.email.internal.polling;

import dev.atende.channel.email.ConnectionStage;
import dev.atende.channel.email.MailProtocol;
import dev.atende.channel.email.MailSecurity;
import dev.atende.shared.Texts;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.Properties;
import javax.net.ssl.SSLException;
import org.springframework.stereotype.Component;

/**
 * Opens a Jakarta Mail store (IMAP or POP3, over TLS, STARTTLS or plain) and says in words, by
 * stage, what went wrong: the name ({@code dns}), reaching the server ({@code connect}), securing
 * the connection ({@code tls}), signing in ({@code login}) or the folder ({@code folder}).
 */
@Component
class StoreConnector {

    private static final int MAX_SERVER_WORDS = 300;

    private final PollingSettings settings;

    StoreConnector(PollingSettings settings) {
        this.settings = settings;
    }

    /** Connected and signed in; the caller closes it. */
    Store connect(MailboxAccess access) throws MailboxFailure {
        resolve(access.host());
        String protocol = storeProtocol(access);
        Session session = Session.getInstance(properties(protocol, access));
        Store store;
        try {
            store = session.getStore(protocol);
        } catch (MessagingException e) {
            throw new IllegalStateException("no Jakarta Mail provider for " + protocol, e);
        }
        try {
            store.connect(access.host(), access.port(), access.username(), access.password());
            return store;
        } catch (MessagingException | RuntimeException e) {
            closeQuietly(store);
            throw classify(e, access);
        }
    }

    /** The folder, open for reading and removing; a missing one fails at stage {@code folder}. */
    Folder open(Store store, String name) throws MailboxFailure {
        try {
            Folder folder = store.getFolder(name);
            if (!folder.exists()) {
                throw new MailboxFailure(ConnectionStage.FOLDER, "mail.check.folder", name);
            }
            folder.open(Folder.READ_WRITE);
            return folder;
        } catch (MessagingException | RuntimeException e) {
            throw new MailboxFailure(ConnectionStage.FOLDER, e, "mail.check.folderOpen", name, words(e));
        }
    }

    static void closeQuietly(Store store) {
        try {
            store.close();
        } catch (MessagingException | RuntimeException e) {
            // nothing left to do with a connection that failed
        }
    }

    private static void resolve(String host) throws MailboxFailure {
        try {
            InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new MailboxFailure(ConnectionStage.DNS, e, "mail.check.dns", host);
        } catch (SecurityException e) {
            throw new MailboxFailure(ConnectionStage.DNS, e, "mail.check.dns", host);
        }
    }

    private static String storeProtocol(MailboxAccess access) {
        String base = access.protocol() == MailProtocol.IMAP ? "imap" : "pop3";
        return access.security() == MailSecurity.TLS ? base + "s" : base;
    }

    private Properties properties(String protocol, MailboxAccess access) {
        String p = "mail." + protocol + ".";
        Properties properties = new Properties();
        properties.put(p + "connectiontimeout", Long.toString(settings.connectTimeout().toMillis()));
        properties.put(p + "timeout", Long.toString(settings.readTimeout().toMillis()));
        properties.put(p + "writetimeout", Long.toString(settings.readTimeout().toMillis()));
        if (access.security() == MailSecurity.STARTTLS) {
            properties.put(p + "starttls.enable", "true");
            properties.put(p + "starttls.required", "true");
        }
        if (access.security() != MailSecurity.NONE) {
            properties.put(p + "ssl.checkserveridentity", "true");
        }
        if (access.protocol() == MailProtocol.IMAP) {
            properties.put(p + "peek", "true"); // reading does not mark \Seen: removal is our only change
            properties.put(p + "partialfetch", "false"); // a message in one answer, not in 16 KB pieces
        }
        return properties;
    }

    /** Names the stage that failed, from the exception and its causes. */
    MailboxFailure classify(Exception e, MailboxAccess access) {
        String host = access.host();
        String port = Integer.toString(access.port()); // as typed, not "43,239"
        if (has(e, AuthenticationFailedException.class)) {
            return new MailboxFailure(ConnectionStage.LOGIN, e, "mail.check.login", access.username(),
                    words(find(e, AuthenticationFailedException.class)));
        }
        if (has(e, UnknownHostException.class)) {
            return new MailboxFailure(ConnectionStage.DNS, e, "mail.check.dns", host);
        }
        if (has(e, CertificateException.class) || has(e, CertPathBuilderException.class)
                || has(e, CertPathValidatorException.class)) {
            return new MailboxFailure(ConnectionStage.TLS, e, "mail.check.tls.certificate", host, words(deepest(e)));
        }
        if (has(e, SSLException.class) || has(e, GeneralSecurityException.class)) {
            return new MailboxFailure(ConnectionStage.TLS, e, "mail.check.tls.handshake", host, port, words(deepest(e)));
        }
        if (has(e, ConnectException.class)) {
            return new MailboxFailure(ConnectionStage.CONNECT, e, "mail.check.connect.refused", host, port);
        }
        if (has(e, NoRouteToHostException.class)) {
            return new MailboxFailure(ConnectionStage.CONNECT, e, "mail.check.connect.unreachable", host, port);
        }
        if (has(e, SocketTimeoutException.class)) {
            return new MailboxFailure(ConnectionStage.CONNECT, e, "mail.check.connect.timeout", host, port,
                    settings.readTimeout().toSeconds());
        }
        String text = String.valueOf(e.getMessage());
        if (text.contains("STARTTLS")) {
            return new MailboxFailure(ConnectionStage.TLS, e, "mail.check.tls.noStarttls", host);
        }
        return new MailboxFailure(ConnectionStage.CONNECT, e, "mail.check.connect.other", host, port, words(e));
    }

    /** The server's (or the library's) own words, cleaned up and kept short. */
    static String words(Throwable e) {
        String text = e == null ? null : e.getMessage();
        if (text == null || text.isBlank()) {
            return e == null ? "?" : e.getClass().getSimpleName();
        }
        text = Texts.withoutControlCharacters(text.replace('\r', ' ').replace('\n', ' ')).strip();
        return text.length() > MAX_SERVER_WORDS ? text.substring(0, MAX_SERVER_WORDS) + "…" : text;
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        return find(e, type) != null;
    }

    private static Throwable find(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    private static Throwable deepest(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}

package dev.atende.channel.email;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The IMAP server the mail ingestion benchmark polls: a real Dovecot started by
 * {@code bench/mail-ingest/run.sh} (mail delivered as its MTA would, by writing Maildir files), or
 * GreenMail inside the benchmark's JVM.
 */
interface BenchImapServer extends AutoCloseable {

    String USER = "suporte";
    String PASSWORD = "bench-password";

    int port();

    String name();

    void deliver(byte[] raw);

    /** Messages still in the inbox (the poller removes each after its commit). */
    int messageCount();

    default boolean isEmpty() {
        return messageCount() == 0;
    }

    @Override
    void close();

    /** Dovecot when {@code -Dbench.dovecot.maildir} names its Maildir, else GreenMail. */
    static BenchImapServer fromSystemProperties() {
        String maildir = System.getProperty("bench.dovecot.maildir");
        return maildir == null ? new InMemory() : new Dovecot(Path.of(maildir), Integer.getInteger("bench.dovecot.port"));
    }

    /** GreenMail in this JVM: its server threads and its message store share the benchmark's CPU. */
    final class InMemory implements BenchImapServer {

        private final GreenMail server = new GreenMail(ServerSetup.dynamicPort(new ServerSetup[] {ServerSetupTest.IMAP}));
        private final GreenMailUser user;
        private final Session session = Session.getInstance(new Properties());

        InMemory() {
            server.start();
            user = server.setUser("suporte@bench.atende.test", USER, PASSWORD);
        }

        @Override
        public int port() {
            return server.getImap().getPort();
        }

        @Override
        public String name() {
            return "GreenMail in the same JVM";
        }

        @Override
        public void deliver(byte[] raw) {
            try {
                user.deliver(new MimeMessage(session, new ByteArrayInputStream(raw)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public int messageCount() {
            try {
                return server.getManagers().getImapHostManager().getInbox(user).getMessageCount();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            server.stop();
        }
    }

    /**
     * A Dovecot server on loopback with a Maildir inbox. Mail is delivered with IMAP APPEND on
     * one connection, so the server numbers it in delivery order (as its delivery agent would:
     * files dropped into {@code new/} all at once would be numbered in directory order, and a
     * reply could come before the mail it answers).
     */
    final class Dovecot implements BenchImapServer {

        private final Path inbox;
        private final int port;
        private final Store store;
        private final Folder folder;
        private final Session session = Session.getInstance(new Properties());

        Dovecot(Path maildir, Integer port) {
            if (port == null) {
                throw new IllegalArgumentException("-Dbench.dovecot.port is required with -Dbench.dovecot.maildir");
            }
            this.inbox = maildir.resolve(USER);
            this.port = port;
            try {
                store = session.getStore("imap");
                store.connect("127.0.0.1", port, USER, PASSWORD);
                folder = store.getFolder("INBOX");
            } catch (MessagingException e) {
                throw new IllegalStateException("Dovecot does not answer on port " + port + " (see run.sh)", e);
            }
        }

        @Override
        public int port() {
            return port;
        }

        @Override
        public String name() {
            return "Dovecot (Maildir " + inbox.getParent() + ") on port " + port;
        }

        @Override
        public void deliver(byte[] raw) {
            try {
                folder.appendMessages(new Message[] {new MimeMessage(session, new ByteArrayInputStream(raw))});
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Files in the Maildir: asking the server would add IMAP sessions to what is measured. */
        @Override
        public int messageCount() {
            return count("new") + count("cur");
        }

        /** Without counting: listing 10,000 files every 50 ms would be part of what is measured. */
        @Override
        public boolean isEmpty() {
            return !has("new") && !has("cur");
        }

        private boolean has(String dir) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(inbox.resolve(dir))) {
                return files.iterator().hasNext();
            } catch (NoSuchFileException e) {
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private int count(String dir) {
            try (Stream<Path> files = Files.list(inbox.resolve(dir))) {
                return (int) files.count();
            } catch (NoSuchFileException e) {
                return 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                store.close();
            } catch (MessagingException e) {
                // the server goes away with run.sh
            }
        }
    }
}

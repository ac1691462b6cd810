package dev.atende.channel.email.internal.polling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.atende.channel.email.ConnectionStage;
import dev.atende.channel.email.IngestResult;
import dev.atende.channel.email.MailIngestion;
import dev.atende.channel.email.MailProtocol;
import dev.atende.channel.email.Mailbox;
import dev.atende.shared.ClusterLock;
import jakarta.mail.Message;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.util.unit.DataSize;

/** The poller's promises, each step watched: nothing leaves the server before it is stored here. */
class MailboxPollerTests {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final long ID = 7;

    private final Mailboxes mailboxes = mock(Mailboxes.class);
    private final MailboxConnections connections = mock(MailboxConnections.class);
    private final MailIngestion ingestion = mock(MailIngestion.class);
    private final PollStatus status = mock(PollStatus.class);
    private final ClusterLock lock = mock(ClusterLock.class);
    private final ClusterLock.Lease lease = mock(ClusterLock.Lease.class);
    private final RemoteFolder folder = mock(RemoteFolder.class);
    private final Mailbox mailbox = mock(Mailbox.class);
    private final List<String> steps = new ArrayList<>();

    private MailboxPoller poller(int batch, DataSize maxSize) {
        var messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        return new MailboxPoller(mailboxes, connections, ingestion, status, lock,
                new PollingSettings(true, null, batch, 1, 1, Duration.ofMinutes(5), null, null), messages,
                Clock.fixed(NOW, ZoneOffset.UTC), maxSize, "en");
    }

    @BeforeEach
    void oneDueImapMailbox() throws Exception {
        when(mailbox.id()).thenReturn(ID);
        when(mailbox.active()).thenReturn(true);
        when(mailbox.host()).thenReturn("imap.example.test");
        when(mailbox.protocol()).thenReturn(MailProtocol.IMAP);
        when(mailbox.pollIntervalSeconds()).thenReturn(60);
        when(mailbox.nextPollAt()).thenReturn(NOW.minusSeconds(1));
        when(mailboxes.findById(ID)).thenReturn(Optional.of(mailbox));
        when(lock.tryAcquire(eq("mail.poll." + ID), any())).thenReturn(Optional.of(lease));
        when(lease.extend(any())).thenReturn(true);
        when(connections.open(mailbox)).thenReturn(folder);
    }

    @Test
    void eachMessageIsRemovedOnlyAfterItWasStoredAndRemovalsAreCommittedAtTheEnd() throws Exception {
        var one = message("1:1", 100);
        var two = message("1:2", 100);
        serve(one, two);

        var outcome = poller(500, DataSize.ofMegabytes(50)).pollIfDue(ID);

        assertThat(steps).containsExactly("prefetch [1:1, 1:2]", "read 1:1", "store 1:1", "read 1:2", "store 1:2",
                "remove [1:1, 1:2]", "close");
        assertThat(outcome.results()).isEqualTo(Map.of("created", 2));
        verify(status).succeeded(ID, NOW.plusSeconds(60), null);
        verify(lease).close();
    }

    @Test
    void aMessageThatCannotBeStoredStaysOnTheServerAndThePollStopsWithTheError() throws Exception {
        var one = message("1:1", 100);
        var two = message("1:2", 100);
        var three = message("1:3", 100);
        serve(one, two, three);
        when(ingestion.receive(any(), eq(ID), eq("imap"), eq("1:2"))).thenThrow(new IllegalStateException("disk full"));

        var outcome = poller(500, DataSize.ofMegabytes(50)).pollIfDue(ID);

        assertThat(steps).containsExactly("prefetch [1:1, 1:2, 1:3]", "read 1:1", "store 1:1", "read 1:2",
                "remove [1:1]", "close");
        verify(folder, never()).read(three);
        var error = ArgumentCaptor.forClass(String.class);
        verify(status).failed(eq(ID), error.capture());
        assertThat(error.getValue()).isEqualTo("mail.poll.store");
        assertThat(outcome.error()).isNotNull();
    }

    @Test
    void aBrokenConnectionKeepsWhatWasStoredAndRecordsTheFailure() throws Exception {
        var one = message("1:1", 100);
        var two = message("1:2", 100);
        serve(one, two);
        org.mockito.Mockito.doThrow(new MailboxFailure(ConnectionStage.READ, "mail.poll.read", "reset")).when(folder)
                .read(two);

        poller(500, DataSize.ofMegabytes(50)).pollIfDue(ID);

        assertThat(steps).containsExactly("prefetch [1:1, 1:2]", "read 1:1", "store 1:1", "remove [1:1]", "close");
        verify(status).failed(ID, "mail.poll.read");
    }

    @Test
    void aMessageOverTheSizeLimitIsLeftOnTheServerNamedInTheLastErrorAndThePollGoesOn() throws Exception {
        var huge = message("1:1", 2 * 1024 * 1024);
        var small = message("1:2", 100);
        serve(huge, small);

        var outcome = poller(500, DataSize.ofMegabytes(1)).pollIfDue(ID);

        assertThat(steps).containsExactly("prefetch [1:2]", "read 1:2", "store 1:2", "remove [1:2]", "close");
        assertThat(outcome.leftTooLarge()).isEqualTo(1);
        verify(status).succeeded(ID, NOW.plusSeconds(60), "mail.poll.tooLarge");
    }

    @Test
    void messagesAreFetchedAndRemovedAChunkAtATime() throws Exception {
        List<RemoteMessage> many = new ArrayList<>();
        for (int i = 1; i <= MailboxPoller.CHUNK_MESSAGES + 2; i++) {
            many.add(message("1:" + i, 10));
        }
        serve(many.toArray(RemoteMessage[]::new));

        poller(500, DataSize.ofMegabytes(50)).pollIfDue(ID);

        assertThat(steps.stream().filter(s -> s.startsWith("remove")).map(s -> s.split(",").length))
                .containsExactly(MailboxPoller.CHUNK_MESSAGES, 2);
        assertThat(steps.stream().filter(s -> s.startsWith("prefetch")).count()).isEqualTo(2);
        verify(lease, org.mockito.Mockito.times(2)).extend(Duration.ofMinutes(5));
    }

    @Test
    void aFullBatchMakesTheMailboxDueAgainAtOnce() throws Exception {
        serve(message("1:1", 10), message("1:2", 10));
        when(folder.count()).thenReturn(3);

        var outcome = poller(2, DataSize.ofMegabytes(50)).pollIfDue(ID);

        assertThat(outcome.more()).isTrue();
        verify(status).succeeded(ID, NOW, null);
    }

    @Test
    void aMailboxPolledByAnotherNodeOrNotDueIsLeftAlone() throws Exception {
        when(lock.tryAcquire(any(), any())).thenReturn(Optional.empty());
        assertThat(poller(500, DataSize.ofMegabytes(50)).pollIfDue(ID).ran()).isFalse();

        when(lock.tryAcquire(any(), any())).thenReturn(Optional.of(lease));
        when(mailbox.nextPollAt()).thenReturn(NOW.plusSeconds(30));
        assertThat(poller(500, DataSize.ofMegabytes(50)).pollIfDue(ID).ran()).isFalse();

        verify(connections, never()).open(any());
        verify(status, never()).failed(anyLong(), any());
        verify(status, never()).succeeded(anyLong(), any(), isNull());
    }

    @Test
    void aFailureToConnectIsRecordedWithItsWords() throws Exception {
        when(connections.open(mailbox)).thenThrow(new MailboxFailure(ConnectionStage.LOGIN, "mail.check.login", "u", "no"));

        var outcome = poller(500, DataSize.ofMegabytes(50)).pollIfDue(ID);

        assertThat(outcome.error()).isEqualTo("mail.check.login");
        verify(status).failed(ID, "mail.check.login");
        var order = inOrder(lock, lease);
        order.verify(lock).tryAcquire(any(), any());
        order.verify(lease).close();
    }

    private RemoteMessage message(String uid, long size) {
        return new RemoteMessage(uid, size, mock(Message.class));
    }

    private void serve(RemoteMessage... messages) throws Exception {
        when(folder.first(any(Integer.class))).thenReturn(List.of(messages));
        when(folder.count()).thenReturn(messages.length);
        org.mockito.Mockito.doAnswer(call -> steps.add("prefetch " + uids(call.getArgument(0))))
                .when(folder).prefetch(org.mockito.ArgumentMatchers.anyList());
        org.mockito.Mockito.doAnswer(call -> steps.add("remove " + uids(call.getArgument(0))))
                .when(folder).remove(org.mockito.ArgumentMatchers.anyList());
        for (RemoteMessage m : messages) {
            when(folder.read(m)).thenAnswer(call -> {
                steps.add("read " + m.uid());
                return ("From: a@c.test\r\nMessage-ID: <" + m.uid() + "@c.test>\r\n\r\nx").getBytes();
            });
            when(ingestion.receive(any(), eq(ID), eq("imap"), eq(m.uid()))).thenAnswer(call -> {
                steps.add("store " + m.uid());
                return new IngestResult(IngestResult.CREATED, 1L, null, null, 1L);
            });
        }
        org.mockito.Mockito.doAnswer(call -> steps.add("close")).when(folder).close();
    }

    private static String uids(List<RemoteMessage> messages) {
        return messages.stream().map(RemoteMessage::uid).toList().toString();
    }
}

package dev.atende.channel.email.internal.polling;

import dev.atende.channel.email.Mailbox;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface Mailboxes extends ListCrudRepository<Mailbox, Long> {

    Optional<Mailbox> findByAddressIgnoreCase(String address);

    List<Mailbox> findAllByOrderByNameAscIdAsc();
}

package dev.atende.automation.internal;

import dev.atende.identity.Directory;
import dev.atende.identity.User;
import dev.atende.ticket.Category;
import dev.atende.ticket.TicketManagement;
import org.springframework.stereotype.Component;

/** Looks the ids of a rule up in the directory and the ticket categories. */
@Component
public class DirectoryReferences implements RuleReferences {

    private final Directory directory;
    private final TicketManagement tickets;

    DirectoryReferences(Directory directory, TicketManagement tickets) {
        this.directory = directory;
        this.tickets = tickets;
    }

    @Override
    public boolean groupExists(long id) {
        return directory.group(id).isPresent();
    }

    @Override
    public boolean userExists(long id) {
        return directory.user(id).isPresent();
    }

    @Override
    public boolean agentExists(long id) {
        return directory.user(id).filter(User::isActive).filter(u -> u.role().worksTickets()).isPresent();
    }

    @Override
    public boolean organizationExists(long id) {
        return directory.organization(id).isPresent();
    }

    @Override
    public boolean categoryExists(long id) {
        return tickets.categories().stream().map(Category::id).anyMatch(c -> c == id);
    }
}

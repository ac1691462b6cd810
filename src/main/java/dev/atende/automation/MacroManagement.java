package dev.atende.automation;

import dev.atende.automation.internal.ActionRunner;
import dev.atende.automation.internal.AgentActing;
import dev.atende.automation.internal.CompiledRule;
import dev.atende.automation.internal.DirectoryReferences;
import dev.atende.automation.internal.Macros;
import dev.atende.automation.internal.RuleJson;
import dev.atende.automation.internal.RuleReader;
import dev.atende.automation.internal.RunLog;
import dev.atende.identity.Actor;
import dev.atende.shared.InvalidInputException;
import dev.atende.shared.NotFoundException;
import dev.atende.shared.PreconditionFailedException;
import dev.atende.ticket.ArticleManagement;
import dev.atende.ticket.Channel;
import dev.atende.ticket.Ticket;
import dev.atende.ticket.TicketAutomation;
import dev.atende.ticket.TicketManagement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Macros: admins define them, agents apply them to a ticket in one click. Applying runs every
 * action as the agent (their rights, their name on the history) in one transaction: all or
 * nothing.
 */
@Service
@Transactional
public class MacroManagement {

    private final Macros macros;
    private final DirectoryReferences references;
    private final TicketManagement tickets;
    private final ArticleManagement articles;
    private final TicketAutomation current;
    private final ActionRunner actions;
    private final RunLog runs;
    private final Clock clock;

    MacroManagement(Macros macros, DirectoryReferences references, TicketManagement tickets,
            ArticleManagement articles, TicketAutomation current, ActionRunner actions, RunLog runs, Clock clock) {
        this.macros = macros;
        this.references = references;
        this.tickets = tickets;
        this.articles = articles;
        this.current = current;
        this.actions = actions;
        this.runs = runs;
        this.clock = clock;
    }

    /** Admins see every macro, agents the active ones. */
    @Transactional(readOnly = true)
    public List<Macro> list(Actor actor) {
        RuleFields.requireStaff(actor);
        return actor.isAdmin() ? macros.findAllByOrderByNameAscIdAsc() : macros.findByActiveTrueOrderByNameAscIdAsc();
    }

    @Transactional(readOnly = true)
    public Macro get(Actor actor, long id) {
        RuleFields.requireStaff(actor);
        return visible(actor, id);
    }

    public Macro create(Actor actor, RuleChanges changes) {
        RuleFields.requireAdmin(actor);
        Instant now = clock.instant();
        Macro macro = new Macro(now);
        define(macro, changes, true, now);
        return macros.save(macro);
    }

    public Macro update(Actor actor, long id, RuleChanges changes) {
        RuleFields.requireAdmin(actor);
        Macro macro = find(id);
        define(macro, changes, false, clock.instant());
        return macros.save(macro);
    }

    public void delete(Actor actor, long id) {
        RuleFields.requireAdmin(actor);
        macros.delete(find(id));
        runs.forget("macro", id);
    }

    @Transactional(readOnly = true)
    public List<RuleRun> runs(Actor actor, long id, int limit) {
        RuleFields.requireAdmin(actor);
        return runs.recent("macro", find(id).id(), limit);
    }

    @Transactional(readOnly = true)
    public Optional<Instant> lastRun(long id) {
        return runs.lastRun("macro", id);
    }

    /**
     * Applies the macro to the ticket as the agent; {@code expectedVersion} (from If-Match) is
     * the version the agent saw, null to skip that check. Answers the ticket as it ends up.
     */
    public Ticket apply(Actor actor, long ticketId, long macroId, Long expectedVersion, Channel channel) {
        RuleFields.requireStaff(actor);
        Ticket ticket = tickets.get(actor, ticketId);
        Macro macro = visible(actor, macroId);
        if (!macro.isActive()) {
            throw new NotFoundException("error.automation.macroNotFound");
        }
        if (expectedVersion != null && expectedVersion != ticket.version()) {
            throw new PreconditionFailedException("error.ticket.stale", ticket.version());
        }
        CompiledRule rule = CompiledRule.of(macro.id(), macro.name(), 0, RuleReader.Scope.MACRO, null,
                macro.actionsJson());
        actions.run(rule.actions(), new AgentActing(tickets, articles, actor, ticketId, channel), macro.name());
        runs.record("macro", macro.id(), ticketId, clock.instant(), "applied", actor.name());
        return current.find(ticketId).orElseThrow();
    }

    private void define(Macro macro, RuleChanges changes, boolean isNew, Instant now) {
        var problems = changes.problems();
        if (changes.event().present()) {
            problems.add("event", "error.field.unknown");
        }
        if (changes.conditions().present()) {
            problems.add("conditions", "error.field.unknown");
        }
        if (changes.order().present()) {
            problems.add("order", "error.field.unknown");
        }
        String name = RuleFields.name(changes.name(), isNew ? null : macro.name(), changes.refused("name"), problems);
        JsonNode actionsJson = changes.actions().present() ? changes.actions().value()
                : isNew ? null : RuleJson.parse(macro.actionsJson());
        boolean active = RuleFields.active(changes.active(), isNew || macro.isActive());
        List<TicketAction> list = new RuleReader(RuleReader.Scope.MACRO, references, problems).actions(actionsJson,
                "actions", true);
        problems.throwIfAny();
        macro.define(name, RuleJson.text(RuleJson.write(list)), active, now);
    }

    private Macro visible(Actor actor, long id) {
        return macros.findById(id).filter(m -> actor.isAdmin() || m.isActive())
                .orElseThrow(() -> new NotFoundException("error.automation.macroNotFound"));
    }

    private Macro find(long id) {
        return macros.findById(id).orElseThrow(() -> new NotFoundException("error.automation.macroNotFound"));
    }
}

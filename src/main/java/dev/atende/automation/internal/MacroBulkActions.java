package dev.atende.automation.internal;

import dev.atende.automation.MacroManagement;
import dev.atende.identity.Actor;
import dev.atende.ticket.BulkActions;
import java.util.List;
import org.springframework.stereotype.Component;

/** Offers the active macros on the queue page, for the tickets an agent selects there. */
@Component
class MacroBulkActions implements BulkActions {

    private final MacroManagement macros;

    MacroBulkActions(MacroManagement macros) {
        this.macros = macros;
    }

    @Override
    public String path() {
        return "/agent/tickets/bulk/macros";
    }

    @Override
    public String labelCode() {
        return "automation.bulk.macro";
    }

    @Override
    public String buttonCode() {
        return "automation.bulk.apply";
    }

    @Override
    public List<Choice> choices(Actor actor) {
        return macros.list(actor).stream().filter(m -> m.isActive()).map(m -> new Choice(m.id(), m.name())).toList();
    }
}

package dev.atende.automation;

import dev.atende.identity.Actor;
import dev.atende.shared.DomainException;
import dev.atende.shared.NotFoundException;
import dev.atende.ticket.BulkResult;
import dev.atende.ticket.Channel;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A macro applied to many tickets: to each through {@link MacroManagement#apply} (the agent's
 * rights, all of the macro or nothing on that ticket), each in its own transaction, so that a
 * ticket that refuses is skipped and the others still change.
 */
@Service
public class MacroBulk {

    private final MacroManagement macros;

    MacroBulk(MacroManagement macros) {
        this.macros = macros;
    }

    public BulkResult apply(Actor actor, List<Long> ids, long macroId, Channel channel) {
        RuleFields.requireStaff(actor);
        List<Long> checked = BulkResult.checkIds(ids);
        if (!macros.get(actor, macroId).isActive()) { // an unknown or inactive macro refuses the whole request
            throw new NotFoundException("error.automation.macroNotFound");
        }
        List<BulkResult.Outcome> outcomes = new ArrayList<>();
        for (long id : checked) {
            try {
                macros.apply(actor, id, macroId, null, channel);
                outcomes.add(BulkResult.Outcome.updated(id));
            } catch (DomainException e) {
                outcomes.add(e.fieldProblems().stream().findFirst()
                        .map(p -> BulkResult.Outcome.skipped(id, p.field(), p.messageCode(), p.args()))
                        .orElseGet(() -> BulkResult.Outcome.skipped(id, null, e.messageCode(), e.args())));
            }
        }
        return new BulkResult(outcomes);
    }
}

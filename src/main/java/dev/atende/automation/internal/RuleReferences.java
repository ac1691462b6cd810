package dev.atende.automation.internal;

/** Whether ids named in a rule exist (checked when a rule is saved, not when it is read back). */
public interface RuleReferences {

    boolean groupExists(long id);

    boolean userExists(long id);

    /** An active agent or admin (who may hold tickets). */
    boolean agentExists(long id);

    boolean organizationExists(long id);

    boolean categoryExists(long id);
}

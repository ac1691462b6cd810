-- The agent queues list a group's (or an agent's) tickets a page at a time, newest change first,
-- by the next SLA deadline, or by priority. With these the database walks an index in that order
-- and stops after the page instead of sorting every matching ticket (issue 8: queues at a million
-- tickets); everyone's tickets (admins) use ix_tickets_updated, ix_tickets_sla_due and the last one.
create index ix_tickets_group_updated on tickets (group_id, updated_at, id);
create index ix_tickets_assignee_updated on tickets (assignee_id, updated_at, id);
create index ix_tickets_group_due on tickets (group_id, sla_due_at, id);
create index ix_tickets_group_priority on tickets (group_id, priority, id);
create index ix_tickets_priority on tickets (priority, id);

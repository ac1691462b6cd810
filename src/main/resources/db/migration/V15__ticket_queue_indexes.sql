-- The agent queues list a group's (or an agent's) tickets newest change first, a page at a
-- time. With these the database walks the index in that order and stops after the page
-- instead of sorting every matching ticket (issue 8: queues at a million tickets); everyone's
-- tickets use ix_tickets_updated.
create index ix_tickets_group_updated on tickets (group_id, updated_at, id);
create index ix_tickets_assignee_updated on tickets (assignee_id, updated_at, id);

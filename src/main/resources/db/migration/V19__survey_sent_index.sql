-- reporting reads the surveys sent in a period (its ratings catch-up, every few minutes): an
-- index range on the time, with the ticket in the index so the table itself is not read
create index ix_survey_requests_sent on survey_requests (sent_at, ticket_id);

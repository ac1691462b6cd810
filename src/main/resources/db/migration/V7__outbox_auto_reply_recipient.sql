-- the auto-reply rate limit counts recent automatic mails to one address for every mail that
-- arrives: a narrow column with its own index instead of scanning all mails of the last hour
alter table mail_outbox add column auto_reply_to varchar(254);
update mail_outbox set auto_reply_to = to_addresses
 where auto_submitted = true and length(to_addresses) <= 254 and to_addresses not like '%,%';
create index ix_mail_outbox_auto_reply on mail_outbox (auto_reply_to, created_at);

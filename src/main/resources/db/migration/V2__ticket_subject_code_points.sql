-- A subject holds up to 255 characters as people count them (code points); H2 counts UTF-16
-- units, so an emoji takes two: leave room for 255 of them on both databases.
alter table tickets alter column subject set data type varchar(510);

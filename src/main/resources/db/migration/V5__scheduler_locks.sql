-- shared: cluster-wide leases for scheduled work (mailbox polling; later SLA checks, reports), so
-- that one job runs on one node at a time. A node holds a lease until locked_until; a node that
-- dies leaves it to expire.

create table scheduler_locks (
    name         varchar(200) primary key,
    locked_until timestamp with time zone not null,
    locked_by    varchar(255) not null
);

-- The announcement of a cycle, mailed to every active participant when the cycle moves from prepare to set.
-- A champion may leave a short message for it beforehand; announced_at, set in the transaction that posts the
-- mails, makes sure a cycle is announced once.

create table cycle_announcement (
    cycle_id     uuid          not null primary key references cycle (id) on delete cascade,
    message      varchar(4000),
    announced_at timestamp with time zone
);

-- Conversations and the activity feed: comments on check-ins and the people they mention, each person's
-- notifications, and the feed of what happened in the organisation. Runs unchanged on H2 and PostgreSQL;
-- text columns are four times the longest text the domain accepts (see V1).

create table check_in_comment (
    id          uuid          not null primary key,
    check_in_id uuid          not null references check_in (id) on delete cascade,
    author_id   uuid references person (id) on delete set null,
    body        varchar(8000) not null,
    created_at  timestamp with time zone not null
);
create index check_in_comment_check_in_idx on check_in_comment (check_in_id, created_at);

create table check_in_comment_mention (
    comment_id uuid          not null references check_in_comment (id) on delete cascade,
    handle     varchar(1016) not null,
    person_id  uuid          not null references person (id) on delete cascade,
    primary key (comment_id, handle)
);
create index check_in_comment_mention_person_idx on check_in_comment_mention (person_id);

create table notification (
    id         uuid          not null primary key,
    person_id  uuid          not null references person (id) on delete cascade,
    kind       varchar(32)   not null,
    text       varchar(2000) not null,
    link       varchar(2000) not null,
    created_at timestamp with time zone not null,
    read_at    timestamp with time zone
);
create index notification_unread_idx on notification (person_id, read_at);
create index notification_person_idx on notification (person_id, created_at);

create table activity_entry (
    id         uuid          not null primary key,
    kind       varchar(32)   not null,
    team_id    uuid references team (id) on delete cascade,
    actor_id   uuid references person (id) on delete set null,
    subject    varchar(800)  not null,
    detail     varchar(800),
    link       varchar(2000) not null,
    created_at timestamp with time zone not null
);
create index activity_entry_created_idx on activity_entry (created_at, id);
create index activity_entry_team_idx on activity_entry (team_id, created_at, id);

-- The weekly rhythm per team: the week's top priorities (at most five, one per slot), wins written by people,
-- kudos, and which teams' Friday digests went out (one row per team and week, so each goes out once).
-- A week is named by its Monday in the organisation's time zone.

create table rhythm_priority (
    id           uuid         not null primary key,
    team_id      uuid         not null references team (id) on delete cascade,
    week         date         not null,
    slot         integer      not null,
    text         varchar(800) not null,
    done         boolean      not null,
    carried_from uuid references rhythm_priority (id) on delete set null,
    created_by   uuid references person (id) on delete set null,
    created_at   timestamp with time zone not null,
    version      bigint       not null,
    constraint rhythm_priority_slot_range check (slot between 1 and 5),
    constraint rhythm_priority_slot_unique unique (team_id, week, slot)
);

create table rhythm_win (
    id         uuid         not null primary key,
    team_id    uuid         not null references team (id) on delete cascade,
    week       date         not null,
    text       varchar(800) not null,
    author_id  uuid references person (id) on delete set null,
    created_at timestamp with time zone not null
);
create index rhythm_win_team_week_idx on rhythm_win (team_id, week);

create table rhythm_kudos (
    id         uuid         not null primary key,
    team_id    uuid         not null references team (id) on delete cascade,
    week       date         not null,
    from_id    uuid         not null references person (id) on delete cascade,
    to_id      uuid         not null references person (id) on delete cascade,
    message    varchar(800) not null,
    created_at timestamp with time zone not null
);
create index rhythm_kudos_team_week_idx on rhythm_kudos (team_id, week);

create table rhythm_digest (
    team_id uuid not null references team (id) on delete cascade,
    week    date not null,
    sent_at timestamp with time zone not null,
    primary key (team_id, week)
);

-- Reflect and reset: scores, carry-over lineage, dropped objectives, retrospectives.

alter table key_result add column score double precision;
alter table key_result add column score_reason varchar(40000);
alter table key_result add column carried_from uuid references key_result (id) on delete set null;
create index key_result_carried_from_idx on key_result (carried_from);

alter table objective add column score_reason varchar(40000);
alter table objective add column dropped_reason varchar(40000);
alter table objective add column carried_from uuid references objective (id) on delete set null;
create index objective_carried_from_idx on objective (carried_from);

-- One retrospective per team and cycle; held_at is set when the team marks it as held.
create table retrospective (
    cycle_id     uuid           not null references cycle (id) on delete cascade,
    team_id      uuid           not null references team (id) on delete cascade,
    worked       varchar(40000),
    did_not_work varchar(40000),
    change       varchar(40000),
    held_at      timestamp with time zone,
    updated_by   uuid references person (id) on delete set null,
    updated_at   timestamp with time zone not null,
    version      bigint         not null,
    primary key (cycle_id, team_id)
);
create index retrospective_team_idx on retrospective (team_id);

-- What a team learned about one of its objectives, written in its retrospective.
create table objective_learning (
    objective_id uuid           not null primary key references objective (id) on delete cascade,
    learning     varchar(40000) not null,
    updated_by   uuid references person (id) on delete set null,
    updated_at   timestamp with time zone not null
);

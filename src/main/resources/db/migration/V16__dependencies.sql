-- Dependencies between teams: one team asks another for something it needs in a cycle, often for one of its
-- key results, and the other team accepts or declines with a note. Runs unchanged on H2 and PostgreSQL; text
-- columns are four times the longest text the domain accepts (see V1). A dependency goes with its cycle and
-- its teams; it outlives the key result it was for and the people who asked and decided.

create table dependency (
    id            uuid           not null primary key,
    cycle_id      uuid           not null references cycle (id) on delete cascade,
    from_team_id  uuid           not null references team (id) on delete cascade,
    to_team_id    uuid           not null references team (id) on delete cascade,
    key_result_id uuid references key_result (id) on delete set null,
    description   varchar(40000) not null,
    due_date      date,
    status        varchar(16)    not null,
    requested_by  uuid references person (id) on delete set null,
    requested_at  timestamp with time zone not null,
    decided_by    uuid references person (id) on delete set null,
    decided_at    timestamp with time zone,
    note          varchar(40000),
    version       bigint         not null
);
create index dependency_cycle_idx on dependency (cycle_id, status, requested_at);
create index dependency_from_team_idx on dependency (from_team_id, cycle_id, requested_at);
create index dependency_to_team_idx on dependency (to_team_id, cycle_id, requested_at);
create index dependency_key_result_idx on dependency (key_result_id);

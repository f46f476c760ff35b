-- The OKR core: people and teams, cycles, objectives, key results, check-ins, API tokens.
-- Written to run unchanged on H2 and PostgreSQL. Text columns are four times the longest text the domain
-- accepts: the domain counts characters as people do (an emoji is one), H2 counts UTF-16 units.

create table person (
    id            uuid         not null primary key,
    name          varchar(800) not null,
    email         varchar(1016) not null,
    role          varchar(16)  not null,
    password_hash varchar(800),
    created_at    timestamp with time zone not null,
    version       bigint       not null
);
create unique index person_email_uk on person (email);
create index person_name_idx on person (name, id);

create table team (
    id         uuid         not null primary key,
    name       varchar(800) not null,
    parent_id  uuid references team (id),
    created_at timestamp with time zone not null,
    version    bigint       not null
);
create index team_parent_idx on team (parent_id);
create index team_name_idx on team (name, id);

create table team_member (
    team_id   uuid    not null references team (id) on delete cascade,
    person_id uuid    not null references person (id) on delete cascade,
    lead      boolean not null,
    primary key (team_id, person_id)
);
create index team_member_person_idx on team_member (person_id);

create table cycle (
    id         uuid         not null primary key,
    name       varchar(800) not null,
    start_date date         not null,
    end_date   date         not null,
    phase      varchar(16)  not null,
    created_at timestamp with time zone not null,
    version    bigint       not null
);
create index cycle_start_idx on cycle (start_date);

create table objective (
    id                    uuid           not null primary key,
    cycle_id              uuid           not null references cycle (id),
    team_id               uuid references team (id),
    title                 varchar(800)   not null,
    description           varchar(40000),
    kind                  varchar(16)    not null,
    status                varchar(16)    not null,
    aligned_objective_id  uuid references objective (id) on delete set null,
    aligned_key_result_id uuid,
    created_at            timestamp with time zone not null,
    version               bigint         not null
);
create index objective_cycle_team_idx on objective (cycle_id, team_id, created_at);
create index objective_team_idx on objective (team_id);
create index objective_aligned_objective_idx on objective (aligned_objective_id);
create index objective_aligned_key_result_idx on objective (aligned_key_result_id);

create table key_result (
    id               uuid             not null primary key,
    objective_id     uuid             not null references objective (id) on delete cascade,
    title            varchar(800)     not null,
    owner_id         uuid             not null references person (id),
    type             varchar(16)      not null,
    start_value      double precision not null,
    target_value     double precision not null,
    current_value    double precision not null,
    unit             varchar(200),
    weight           double precision not null,
    confidence       integer,
    last_check_in_at timestamp with time zone,
    created_at       timestamp with time zone not null,
    version          bigint           not null
);
create index key_result_objective_idx on key_result (objective_id, created_at);
create index key_result_owner_idx on key_result (owner_id);

alter table objective add constraint objective_aligned_key_result_fk
    foreign key (aligned_key_result_id) references key_result (id) on delete set null;

create table check_in (
    id            uuid             not null primary key,
    key_result_id uuid             not null references key_result (id) on delete cascade,
    author_id     uuid references person (id) on delete set null,
    new_value     double precision not null,
    confidence    integer          not null,
    note          varchar(40000),
    blockers      varchar(40000),
    created_at    timestamp with time zone not null
);
create index check_in_key_result_idx on check_in (key_result_id, created_at desc);
create index check_in_author_idx on check_in (author_id);

create table api_token (
    id         uuid         not null primary key,
    person_id  uuid         not null references person (id) on delete cascade,
    name       varchar(800) not null,
    token_hash varchar(64)  not null,
    created_at timestamp with time zone not null
);
create unique index api_token_hash_uk on api_token (token_hash);
create index api_token_person_idx on api_token (person_id);

-- Metrics: named measures that live across cycles (weekly active customers, churn, lead time). A key result may
-- track one; its check-ins add to the metric's history, and a key result created for a metric starts from the
-- metric's latest value. A metric is deleted by marking it (deleted_at): its history and the key results that
-- tracked it keep what they were, and it takes no new values.

create table metric (
    id          uuid          not null primary key,
    name        varchar(200)  not null,
    unit        varchar(50),
    description varchar(10000),
    created_by  uuid references person (id) on delete set null,
    created_at  timestamp with time zone not null,
    deleted_at  timestamp with time zone,
    version     bigint        not null
);
create index metric_name_idx on metric (name);

create table metric_value (
    id            uuid             not null primary key,
    metric_id     uuid             not null references metric (id) on delete cascade,
    measured      double precision not null,
    source        varchar(16)      not null,
    key_result_id uuid references key_result (id) on delete set null,
    recorded_at   timestamp with time zone not null
);
create index metric_value_metric_idx on metric_value (metric_id, recorded_at);
create index metric_value_key_result_idx on metric_value (key_result_id);

alter table key_result add column metric_id uuid references metric (id);
create index key_result_metric_idx on key_result (metric_id);

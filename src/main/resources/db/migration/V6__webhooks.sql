-- Outbound webhooks: the receivers an admin subscribed to Lodestar's events, every delivery of an event to
-- one of them, and each attempt at delivering it. Deliveries and attempts go with their webhook.

create table webhook (
    id         uuid          not null primary key,
    url        varchar(8000) not null,
    event_names varchar(400) not null,
    message_format varchar(16) not null,
    secret     varchar(200)  not null,
    created_at timestamp with time zone not null,
    version    bigint        not null
);
create index webhook_created_idx on webhook (created_at);

create table webhook_delivery (
    id               uuid          not null primary key,
    webhook_id       uuid          not null references webhook (id) on delete cascade,
    event_name       varchar(64)   not null,
    body             varchar(200000) not null,
    status           varchar(16)   not null,
    attempts         integer       not null,
    last_status_code integer,
    last_error       varchar(2000),
    created_at       timestamp with time zone not null,
    delivered_at     timestamp with time zone,
    next_attempt_at  timestamp with time zone
);
create index webhook_delivery_webhook_idx on webhook_delivery (webhook_id, created_at);

create table webhook_attempt (
    delivery_id uuid          not null references webhook_delivery (id) on delete cascade,
    attempt_number integer    not null,
    attempted_at timestamp with time zone not null,
    status_code integer,
    error       varchar(2000),
    duration_ms bigint        not null,
    primary key (delivery_id, attempt_number)
);

-- Key results fed by data: each key result may have one inbound hook, called with a body signed by
-- HMAC-SHA256 with its secret. The secret is kept as it is, because checking a signature needs it.

create table key_result_hook (
    id            uuid                     not null primary key,
    key_result_id uuid                     not null unique references key_result (id) on delete cascade,
    secret        varchar(100)             not null,
    created_at    timestamp with time zone not null,
    renewed_at    timestamp with time zone not null
);

-- API tokens get a scope (READ or WRITE; the tokens made before could write) and an optional expiry.
alter table api_token add column scope varchar(5) default 'WRITE' not null;
alter table api_token add column expires_at timestamp with time zone;

-- Failed password attempts, counted in the database so that every instance shares one count and concurrent
-- attempts cannot pass the limit: one row per email and one per client address, keyed by a SHA-256 of it.
create table sign_in_attempt (
    attempt_key  varchar(64) not null primary key,
    failures     integer     not null,
    window_start timestamp with time zone not null
);
create index sign_in_attempt_window_idx on sign_in_attempt (window_start);

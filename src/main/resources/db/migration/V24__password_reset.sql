-- Password resets: each link mailed to a person, kept only as the SHA-256 hash of its secret, valid until
-- expires_at and used at most once (used_at). A new link for a person replaces their unused ones (they are
-- deleted). password_reset_throttle counts the requests per address and per client in a window, like
-- sign_in_attempt counts failed sign-ins; its keys are hashes too.

create table password_reset (
    id          uuid        not null primary key,
    person_id   uuid        not null references person (id) on delete cascade,
    secret_hash varchar(64) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone
);
create unique index password_reset_secret_idx on password_reset (secret_hash);
create index password_reset_person_idx on password_reset (person_id);
create index password_reset_expires_idx on password_reset (expires_at);

create table password_reset_throttle (
    throttle_key varchar(64) not null primary key,
    requests     integer     not null,
    window_start timestamp with time zone not null
);
create index password_reset_throttle_window_idx on password_reset_throttle (window_start);

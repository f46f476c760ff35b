-- Invitations to join. The link's secret is kept only as its SHA-256 hash (hex). The status is PENDING, ACCEPTED
-- or REVOKED, kept by the application (see V20 on check constraints); "expired" is a pending invitation past
-- expires_at, worked out when read. Inviting a person again or resending replaces the hash, so an older link finds
-- nothing. An invitation goes with its person.
create table invitation (
    id          uuid         not null primary key,
    person_id   uuid         not null references person (id) on delete cascade,
    email       varchar(254) not null,
    secret_hash varchar(64)  not null,
    status      varchar(16)  not null,
    invited_by  uuid references person (id) on delete set null,
    created_at  timestamp with time zone not null,
    sent_at     timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    accepted_at timestamp with time zone,
    revoked_at  timestamp with time zone
);
create unique index invitation_secret_idx on invitation (secret_hash);
create index invitation_person_idx on invitation (person_id);
create index invitation_status_idx on invitation (status, expires_at);
create index invitation_invited_by_idx on invitation (invited_by);

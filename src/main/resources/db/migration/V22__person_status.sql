-- Where each person stands: INVITED (asked to join, no password yet), ACTIVE, or DEACTIVATED (cannot sign in, keeps
-- their history). Everyone who exists before this version is active. The value is kept by the application (see V20
-- on check constraints); the index serves the counts of the people page and the readiness of a cycle.

alter table person add column status varchar(16) default 'ACTIVE' not null;
create index person_status_idx on person (status);

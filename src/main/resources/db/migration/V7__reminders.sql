-- Check-in reminders: how often each person wants one, and the reminder each person got in each week
-- (the week is the Monday that starts it, in the organisation's time zone). The primary key of
-- reminder_sent lets only one instance record a person's reminder for a week.

create table reminder_preference (
    person_id  uuid        not null primary key references person (id) on delete cascade,
    frequency  varchar(16) not null,
    changed_at timestamp with time zone not null
);

create table reminder_sent (
    person_id uuid not null references person (id) on delete cascade,
    week      date not null,
    sent_at   timestamp with time zone not null,
    primary key (person_id, week)
);
create index reminder_sent_week_idx on reminder_sent (week);

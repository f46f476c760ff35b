-- The setup wizard. The settings learn the organisation's name, the cadence of its cycles (quarters, or a number
-- of weeks) so that a next cycle can be proposed, and whether the check-in day was ever chosen (by the wizard or
-- on the settings page): readiness for launch asks it. Settings changed before this version (version above 0)
-- count as chosen. setup_step keeps what the admin did with each step of the wizard (DONE or SKIPPED); the step
-- WIZARD says the whole wizard is FINISHED or DISMISSED. An installation that already has cycles was set up
-- without the wizard, which therefore counts as finished there.

alter table program_settings add column organisation_name varchar(800);
alter table program_settings add column cadence varchar(16) default 'QUARTER' not null;
alter table program_settings add column cycle_weeks integer default 13 not null;
alter table program_settings add column check_in_day_chosen boolean default false not null;
update program_settings set check_in_day_chosen = true where version > 0;

create table setup_step (
    step       varchar(32) not null primary key,
    outcome    varchar(16) not null,
    decided_at timestamp with time zone not null
);
insert into setup_step (step, outcome, decided_at)
select 'WIZARD', 'FINISHED', current_timestamp from program_settings where id = 1 and exists (select 1 from cycle);

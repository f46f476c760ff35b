-- No two cycles share a name: the name is compared without letter case and without the
-- spaces around it (the application works the key out the same way when it saves).
-- Cycles created before this rule may share one: the oldest keeps it, and every later one
-- gets the first eight characters of its id added, so that an admin can tell them apart
-- and rename them.
alter table cycle add column name_key varchar(800);

update cycle set name = name || ' (' || substring(cast(id as varchar(36)) from 1 for 8) || ')'
where exists (
    select 1 from cycle older
    where lower(trim(older.name)) = lower(trim(cycle.name))
      and (older.created_at < cycle.created_at or (older.created_at = cycle.created_at and older.id < cycle.id))
);

update cycle set name_key = lower(trim(name));

alter table cycle alter column name_key set not null;

create unique index cycle_name_key on cycle (name_key);

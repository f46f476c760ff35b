-- Every statement that writes what a data version covers bumps it (see V30), in its own
-- transaction: one of its rows that no other transaction holds (skip locked), so that writers never wait for one
-- another; when all are held, a row of the transaction's own.
create function bump_data_version() returns trigger language plpgsql as $$
begin
    update data_version set version = version + 1
    where name = (select name from data_version where name like tg_argv[0] || '#%'
                  order by name limit 1 for update skip locked);
    if not found then
        insert into data_version (name, version) values (tg_argv[0] || '#' || txid_current(), 1)
        on conflict (name) do update set version = data_version.version + 1;
    end if;
    return null;
end
$$;
create trigger objectives_version after insert or update or delete on objective
    for each statement execute function bump_data_version('objectives');
create trigger objectives_version after insert or update or delete on key_result
    for each statement execute function bump_data_version('objectives');
create trigger objectives_version after insert or update or delete on check_in
    for each statement execute function bump_data_version('objectives');
create trigger objectives_version after insert or update or delete on objective_team
    for each statement execute function bump_data_version('objectives');
create trigger objectives_version after insert or update or delete on objective_link
    for each statement execute function bump_data_version('objectives');
create trigger teams_version after insert or update or delete on team
    for each statement execute function bump_data_version('teams');
create trigger people_version after insert or update or delete on person
    for each statement execute function bump_data_version('people');
create trigger reflections_version after insert or update or delete on retrospective
    for each statement execute function bump_data_version('reflections');
create trigger reflections_version after insert or update or delete on objective_learning
    for each statement execute function bump_data_version('reflections');
create trigger reflections_version after insert or update or delete on survey
    for each statement execute function bump_data_version('reflections');
create trigger reflections_version after insert or update or delete on survey_question
    for each statement execute function bump_data_version('reflections');
create trigger reflections_version after insert or update or delete on survey_participation
    for each statement execute function bump_data_version('reflections');
create trigger reflections_version after insert or update or delete on survey_answer
    for each statement execute function bump_data_version('reflections');

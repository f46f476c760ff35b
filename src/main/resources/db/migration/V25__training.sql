-- Training: which built-in module each person has completed, and when. The modules themselves are resource files
-- (training/*.json) that change with a release, so only completions are stored: one row per person and module,
-- written once (a second pass keeps the first time). The index on the module serves the counts of who is done.

create table training_completion (
    person_id    uuid        not null references person (id) on delete cascade,
    module_id    varchar(64) not null,
    completed_at timestamp with time zone not null,
    primary key (person_id, module_id)
);
create index training_completion_module_idx on training_completion (module_id, person_id);

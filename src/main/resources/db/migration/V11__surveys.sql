-- Feedback on the OKR process: one anonymous survey per cycle, asked at reflect.

-- A cycle's survey exists once its questions were first needed (seeded with defaults);
-- its row is locked while questions change and while someone answers.
create table survey (
    cycle_id uuid not null primary key references cycle (id) on delete cascade,
    version  bigint not null
);

create table survey_question (
    id       uuid          not null primary key,
    cycle_id uuid          not null references survey (cycle_id) on delete cascade,
    position integer       not null,
    text     varchar(2000) not null,
    kind     varchar(16)   not null
);
create index survey_question_cycle_idx on survey_question (cycle_id, position);

-- Who has answered, for the response rate and so nobody answers twice. Nothing here
-- points at an answer, and no answer points back.
create table survey_participation (
    cycle_id  uuid not null references survey (cycle_id) on delete cascade,
    person_id uuid not null references person (id) on delete cascade,
    primary key (cycle_id, person_id)
);
create index survey_participation_person_idx on survey_participation (person_id);

-- The answers: a random id, the question, the rating or text; no person, no time, and no
-- response grouping, so answers cannot be put back together or in order.
create table survey_answer (
    id          uuid           not null primary key,
    question_id uuid           not null references survey_question (id) on delete cascade,
    rating      integer,
    text        varchar(40000)
);
create index survey_answer_question_idx on survey_answer (question_id);

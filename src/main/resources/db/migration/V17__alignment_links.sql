-- An objective contributes to any number of objectives or key results of its cycle, each
-- link with a weight: the links move from the objective's two alignment columns into a
-- table of their own, in the order they were given (position 0 is what alignedTo shows).
-- A link made before carry-overs kept links pointing to the new copies is moved to the
-- copy of its target in the objective's own cycle, when there is one.
create table objective_link (
    objective_id         uuid             not null references objective (id) on delete cascade,
    position             integer          not null,
    target_objective_id  uuid references objective (id) on delete cascade,
    target_key_result_id uuid references key_result (id) on delete cascade,
    weight               double precision not null,
    primary key (objective_id, position),
    constraint objective_link_one_target check ((target_objective_id is null) <> (target_key_result_id is null)),
    constraint objective_link_weight_positive check (weight > 0)
);
create index objective_link_target_objective_idx on objective_link (target_objective_id, objective_id);
create index objective_link_target_key_result_idx on objective_link (target_key_result_id, objective_id);

insert into objective_link (objective_id, position, target_objective_id, target_key_result_id, weight)
select id, 0, aligned_objective_id, case when aligned_objective_id is null then aligned_key_result_id end, 1.0
from objective
where aligned_objective_id is not null or aligned_key_result_id is not null;

update objective_link set target_objective_id = (
    select copy.id from objective copy join objective o on o.id = objective_link.objective_id
    where copy.carried_from = objective_link.target_objective_id and copy.cycle_id = o.cycle_id
    order by copy.created_at, copy.id limit 1)
where target_objective_id is not null and exists (
    select 1 from objective copy join objective o on o.id = objective_link.objective_id
    join objective target on target.id = objective_link.target_objective_id
    where copy.carried_from = objective_link.target_objective_id and copy.cycle_id = o.cycle_id
      and target.cycle_id <> o.cycle_id);

update objective_link set target_key_result_id = (
    select copy.id from key_result copy join objective copy_objective on copy_objective.id = copy.objective_id
    join objective o on o.id = objective_link.objective_id
    where copy.carried_from = objective_link.target_key_result_id and copy_objective.cycle_id = o.cycle_id
    order by copy.created_at, copy.id limit 1)
where target_key_result_id is not null and exists (
    select 1 from key_result copy join objective copy_objective on copy_objective.id = copy.objective_id
    join objective o on o.id = objective_link.objective_id
    join key_result target on target.id = objective_link.target_key_result_id
    join objective target_objective on target_objective.id = target.objective_id
    where copy.carried_from = objective_link.target_key_result_id and copy_objective.cycle_id = o.cycle_id
      and target_objective.cycle_id <> o.cycle_id);

-- Dropping a column drops its index and foreign key with it (the one key that has a name
-- is dropped first, for H2).
alter table objective drop constraint objective_aligned_key_result_fk;
alter table objective drop column aligned_key_result_id;
alter table objective drop column aligned_objective_id;

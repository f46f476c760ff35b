-- What the company summary adds up about each objective, kept by its key results' writes (database triggers in
-- db/vendor/<database>/V33, in the transaction of the write) so that the summary reads one row per objective, added
-- up per team in the database, instead of every key result of the cycle.
-- Writes to the key results of one objective wait for one another on its row until they commit; writes to
-- different objectives do not.
-- Progress and expected progress are weighted as an objective's own are: the weight of its key results, their
-- weighted progress (0 to 1 each), and the weight of its milestones, which are expected only at the cycle's end.
-- Confidence counts leave roll-ups out, as the confidence bands do (on track 7-10, at risk 4-6, off track 1-3).
create view objective_figures_now as
select o.id as objective_id,
       coalesce(sum(kr.weight), 0) as weight,
       coalesce(sum(kr.weight * greatest(0, least(1, coalesce(
           (kr.current_value - kr.start_value) / nullif(kr.target_value - kr.start_value, 0), 0)))), 0)
           as weighted_progress,
       coalesce(sum(case when kr.type = 'MILESTONE' then kr.weight else 0 end), 0) as milestone_weight,
       coalesce(sum(kr.confidence), 0) as confidence_sum,
       count(kr.confidence) as confidence_count,
       count(case when kr.type <> 'ROLLUP' and kr.confidence >= 7 then 1 end) as on_track,
       count(case when kr.type <> 'ROLLUP' and kr.confidence between 4 and 6 then 1 end) as at_risk,
       count(case when kr.type <> 'ROLLUP' and kr.confidence <= 3 then 1 end) as off_track,
       count(case when kr.type <> 'ROLLUP' and kr.id is not null and kr.confidence is null then 1 end) as unrated
from objective o
left join key_result kr on kr.objective_id = o.id
group by o.id;

create table objective_figures (
    objective_id      uuid             not null primary key references objective (id) on delete cascade,
    weight            double precision not null,
    weighted_progress double precision not null,
    milestone_weight  double precision not null,
    confidence_sum    bigint           not null,
    confidence_count  bigint           not null,
    on_track          bigint           not null,
    at_risk           bigint           not null,
    off_track         bigint           not null,
    unrated           bigint           not null
);

insert into objective_figures (objective_id, weight, weighted_progress, milestone_weight, confidence_sum,
                               confidence_count, on_track, at_risk, off_track, unrated)
select objective_id, weight, weighted_progress, milestone_weight, confidence_sum, confidence_count, on_track, at_risk,
       off_track, unrated
from objective_figures_now;

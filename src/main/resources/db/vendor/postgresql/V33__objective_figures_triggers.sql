-- Keeps objective_figures (V32) in the transaction of every write to a key result that changes what it adds up:
-- the row of the key result's objective (both objectives' when it moved) is worked out again from
-- objective_figures_now. An objective no longer there (deleted, its key results going with it) gets no row.
create function refresh_objective_figures(objective uuid) returns void language plpgsql as $$
begin
    insert into objective_figures (objective_id, weight, weighted_progress, milestone_weight, confidence_sum,
                                   confidence_count, on_track, at_risk, off_track, unrated)
    select objective_id, weight, weighted_progress, milestone_weight, confidence_sum, confidence_count, on_track,
           at_risk, off_track, unrated
    from objective_figures_now where objective_id = objective
    on conflict (objective_id) do update set weight = excluded.weight,
        weighted_progress = excluded.weighted_progress, milestone_weight = excluded.milestone_weight,
        confidence_sum = excluded.confidence_sum, confidence_count = excluded.confidence_count,
        on_track = excluded.on_track, at_risk = excluded.at_risk, off_track = excluded.off_track,
        unrated = excluded.unrated;
end
$$;

create function key_result_changed_figures() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform refresh_objective_figures(new.objective_id);
        return null;
    end if;
    perform refresh_objective_figures(old.objective_id);
    if tg_op = 'UPDATE' and new.objective_id <> old.objective_id then
        perform refresh_objective_figures(new.objective_id);
    end if;
    return null;
end
$$;

create trigger objective_figures_written after insert or delete on key_result
    for each row execute function key_result_changed_figures();
create trigger objective_figures_updated after update on key_result
    for each row when (old.objective_id is distinct from new.objective_id
        or old.type is distinct from new.type or old.weight is distinct from new.weight
        or old.start_value is distinct from new.start_value or old.target_value is distinct from new.target_value
        or old.current_value is distinct from new.current_value or old.confidence is distinct from new.confidence)
    execute function key_result_changed_figures();

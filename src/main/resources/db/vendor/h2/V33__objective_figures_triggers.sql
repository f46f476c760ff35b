-- Keeps objective_figures (V32) in the transaction of every write to a key result that changes what it adds up
-- (see dev.lodestar.objectives.ObjectiveFiguresTrigger).
create trigger objective_figures after insert, update, delete on key_result for each row
    call 'dev.lodestar.objectives.ObjectiveFiguresTrigger';

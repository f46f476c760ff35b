-- Every statement that writes what a data version covers bumps it (see V30), in its own
-- transaction. The trigger's name says which version: '<version>__<table>'.
create trigger objectives__objective after insert, update, delete on objective for each statement
    call 'dev.lodestar.versions.DataVersionTrigger';
create trigger objectives__key_result after insert, update, delete on key_result for each statement
    call 'dev.lodestar.versions.DataVersionTrigger';
create trigger objectives__check_in after insert, update, delete on check_in for each statement
    call 'dev.lodestar.versions.DataVersionTrigger';
create trigger objectives__objective_team after insert, update, delete on objective_team for each statement
    call 'dev.lodestar.versions.DataVersionTrigger';
create trigger objectives__objective_link after insert, update, delete on objective_link for each statement
    call 'dev.lodestar.versions.DataVersionTrigger';
create trigger teams__team after insert, update, delete on team for each statement
    call 'dev.lodestar.versions.DataVersionTrigger';
create trigger people__person after insert, update, delete on person for each statement
    call 'dev.lodestar.versions.DataVersionTrigger';
create trigger reflections__retrospective after insert, update, delete on retrospective for each statement
    call 'dev.lodestar.versions.DataVersionTrigger';
create trigger reflections__objective_learning after insert, update, delete on objective_learning for each statement
    call 'dev.lodestar.versions.DataVersionTrigger';
create trigger reflections__survey after insert, update, delete on survey for each statement
    call 'dev.lodestar.versions.DataVersionTrigger';
create trigger reflections__survey_question after insert, update, delete on survey_question for each statement
    call 'dev.lodestar.versions.DataVersionTrigger';
create trigger reflections__survey_participation after insert, update, delete on survey_participation for each statement
    call 'dev.lodestar.versions.DataVersionTrigger';
create trigger reflections__survey_answer after insert, update, delete on survey_answer for each statement
    call 'dev.lodestar.versions.DataVersionTrigger';

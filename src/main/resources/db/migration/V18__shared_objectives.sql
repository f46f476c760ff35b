-- Shared objectives: an objective owned by several teams. objective.team_id stays the
-- first owner; shared_with lists the other owners in order (team ids separated by commas,
-- null when the objective is not shared), so that an objective read from its row knows who
-- may edit it. objective_team holds the same other owners one row each, so that a team's
-- objectives are found through an index; both are written together by the objectives
-- module whenever the owners change. A team that owns objectives, shared or not, cannot be
-- deleted.
alter table objective add column shared_with varchar(800);

create table objective_team (
    objective_id uuid not null references objective (id) on delete cascade,
    team_id      uuid not null references team (id),
    primary key (objective_id, team_id)
);
create index objective_team_team_idx on objective_team (team_id, objective_id);

-- What happens to a shared objective shows on the feed of each team that owns it.
-- activity_entry.team_id stays the first owner (and the team the entry is worded for);
-- activity_entry_team lists the other owners at the time, one row each, so that a team's
-- feed finds them through an index. The company's feed reads activity_entry alone and so
-- shows each entry once.
create table activity_entry_team (
    entry_id uuid not null references activity_entry (id) on delete cascade,
    team_id  uuid not null references team (id) on delete cascade,
    primary key (entry_id, team_id)
);
create index activity_entry_team_team_idx on activity_entry_team (team_id, entry_id);

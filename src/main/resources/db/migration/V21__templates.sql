-- Templates of objectives. The built-in library is a resource file the application reads at start; this
-- table holds the organisation's own templates, added by admins and champions. Key results and the bad
-- version are kept as JSON text: a template is read and written whole, never queried by its parts.
create table objective_template (
    id          uuid           not null primary key,
    area        varchar(32)    not null,
    title       varchar(800)   not null,
    description varchar(40000),
    key_results varchar(200000) not null,
    bad         varchar(200000),
    created_by  uuid references person (id) on delete set null,
    created_at  timestamp with time zone not null
);
create index objective_template_area_idx on objective_template (area, title);

-- Which template an objective was started from, with the template's title and key results as they were
-- then (JSON), so that the coach can tell whether the team has adapted them even after the template is
-- changed or deleted. Goes with its objective.
create table objective_template_use (
    objective_id uuid           not null primary key references objective (id) on delete cascade,
    template_id  varchar(64)    not null,
    title        varchar(800)   not null,
    key_results  varchar(200000) not null
);

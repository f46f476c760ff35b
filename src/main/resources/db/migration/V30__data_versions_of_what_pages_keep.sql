-- Versions of what pages read of a whole cycle (its objectives, key results, check-ins and links; its
-- retrospectives, learnings and survey: 'reflections'), of the teams and of the people, so that an instance may keep
-- such reads and read them again only after a change, whichever instance made it.
-- Each is the sum of sixteen rows ('objectives#0' ... 'objectives#15'): a write bumps whichever row no other
-- transaction holds, so that concurrent check-ins never wait for one another on a single row. The triggers that bump
-- them are in the database's own folder (db/vendor/h2, db/vendor/postgresql), as H2 and PostgreSQL write triggers
-- differently.
insert into data_version (name, version)
select 'objectives#' || n, 0 from (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15)) as stripes(n);
insert into data_version (name, version)
select 'teams#' || n, 0 from (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15)) as stripes(n);
insert into data_version (name, version)
select 'people#' || n, 0 from (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15)) as stripes(n);
insert into data_version (name, version)
select 'reflections#' || n, 0 from (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15)) as stripes(n);

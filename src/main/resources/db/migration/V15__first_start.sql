-- One row that the work of a first start (the first admin from the environment, the demo data) locks, so that
-- instances started at once on an empty database do it one after another: the first does it, the others
-- wait for its commit, then find it done.
create table first_start (
    id integer primary key
);

insert into first_start (id) values (1);

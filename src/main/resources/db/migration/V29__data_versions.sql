-- Versions of data that instances cache: each row is bumped in the same transaction as every change to what it
-- covers, and read along with the signed-in person on every page, so that an instance whose cached copy has
-- another version reads the data again. 'cycles': the cycles (their names, dates and phases).
create table data_version (
    name    varchar(64) not null primary key,
    version bigint      not null
);
insert into data_version (name, version) values ('cycles', 0);

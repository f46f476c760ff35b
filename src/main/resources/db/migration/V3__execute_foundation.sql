-- Focus and execute, the groundwork: where each check-in came from, the program's check-in rhythm,
-- and the table of db-scheduler, which runs background jobs once however many instances share the database.

alter table check_in add column source varchar(16) default 'MANUAL' not null;

create table program_settings (
    id             integer     not null primary key,
    check_in_day   varchar(16) not null,
    check_in_time  time        not null,
    time_zone      varchar(64) not null,
    version        bigint      not null
);
insert into program_settings (id, check_in_day, check_in_time, time_zone, version)
values (1, 'MONDAY', '09:00:00', 'UTC', 0);

create table scheduled_tasks (
    task_name            varchar(100) not null,
    task_instance        varchar(200) not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean      not null,
    picked_by            varchar(100),
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint       not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_idx on scheduled_tasks (priority desc, execution_time asc);

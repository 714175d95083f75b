-- Long operations run in the background; their progress lives here so any instance can show it.
create sequence job_seq start with 1 increment by 50;
create table job (
    id          bigint       not null primary key,
    kind        varchar(40)  not null,
    total       integer      not null,
    done        integer      not null,
    state       varchar(20)  not null,
    result      text,
    started_at  timestamp with time zone not null,
    finished_at timestamp with time zone
);

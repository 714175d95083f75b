-- The speaker registry: full names with the other ways articles name them, and their roles.
create sequence speaker_seq start with 1 increment by 50;
create table speaker (
    id      bigint        not null primary key,
    name    varchar(300)  not null,
    role    varchar(1000),
    aliases varchar(2000),
    version integer       not null,
    constraint speaker_name_uq unique (name)
);

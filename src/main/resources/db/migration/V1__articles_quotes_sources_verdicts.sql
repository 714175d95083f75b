-- Portable between H2 and PostgreSQL: no vendor types beyond "text", sequences for Panache ids.

create sequence article_seq start with 1 increment by 50;
create sequence source_document_seq start with 1 increment by 50;
create sequence quote_seq start with 1 increment by 50;
create sequence verdict_seq start with 1 increment by 50;

create table article (
    id           bigint       not null primary key,
    title        varchar(500) not null,
    outlet       varchar(200),
    url          varchar(2000),
    published_on date,
    body         text         not null,
    created_at   timestamp with time zone not null,
    version      integer      not null
);

create table source_document (
    id            bigint       not null primary key,
    title         varchar(500) not null,
    publisher     varchar(300) not null,
    kind          varchar(40)  not null,
    url           varchar(2000),
    final_url     varchar(2000),
    content_type  varchar(200),
    published_on  date,
    language      varchar(35),
    body          text         not null,
    sha256        char(64)     not null,
    raw_sha256    char(64),
    retrieved_at  timestamp with time zone not null,
    supersedes_id bigint references source_document (id)
);
create index source_document_url_idx on source_document (url);

create table quote (
    id                  bigint        not null primary key,
    article_id          bigint        not null references article (id) on delete cascade,
    text                text          not null,
    start_offset        integer       not null,
    end_offset          integer       not null,
    kind                varchar(20)   not null,
    speaker             varchar(500),
    speaker_name        varchar(300),
    speaker_description varchar(1000),
    cue                 varchar(200),
    cited_outlet        varchar(300),
    confidence          double precision,
    source_id           bigint references source_document (id),
    origin              varchar(20)   not null,
    corrected           boolean       not null,
    status              varchar(20)   not null,
    version             integer       not null,
    constraint quote_offsets_ck check (start_offset >= 0 and end_offset > start_offset)
);
create index quote_article_idx on quote (article_id, start_offset);
create index quote_source_idx on quote (source_id);

create table verdict (
    id             bigint       not null primary key,
    quote_id       bigint       not null references quote (id) on delete cascade,
    verdict        varchar(30)  not null,
    note           text,
    source_id      bigint references source_document (id),
    passage_start  integer,
    passage_end    integer,
    match_class    varchar(20),
    reviewer       varchar(200) not null,
    recorded_at    timestamp with time zone not null
);
create index verdict_quote_idx on verdict (quote_id, recorded_at);

-- The audit trail (package com.quotecheck.audit). Hibernate Envers writes one revision per transaction that changes
-- an audited entity, a snapshot row per changed entity in <table>_aud, and our listener one audit_entry per changed
-- entity with the article and source it belongs to, so the trail can be filtered with plain indexed queries.

-- Revision numbers come one at a time (not in blocks of 50) so that they follow the order transactions began in,
-- on every instance: Envers reads "the state at revision n" by comparing numbers.
create sequence audit_revision_seq start with 1 increment by 1;
create table audit_revision (
    id          bigint       not null primary key,
    recorded_at timestamp with time zone not null,
    -- null when no one was signed in (start-up work, or before accounts existed)
    username    varchar(200)
);
create index audit_revision_user_idx on audit_revision (username, id);
create index audit_revision_time_idx on audit_revision (recorded_at, id);

create sequence audit_entry_seq start with 1 increment by 50;
create table audit_entry (
    id          bigint      not null primary key,
    revision_id bigint      not null references audit_revision (id),
    entity_type varchar(40) not null,
    entity_id   bigint      not null,
    action      varchar(60) not null,
    article_id  bigint,
    source_id   bigint
);
create index audit_entry_revision_idx on audit_entry (revision_id);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id);
create index audit_entry_article_idx on audit_entry (article_id, revision_id);
create index audit_entry_source_idx on audit_entry (source_id, revision_id);
create index audit_entry_action_idx on audit_entry (action, revision_id);

-- Exports change no entity; each is recorded as an insert-only row so it appears in the same trail.
create sequence export_record_seq start with 1 increment by 50;
create table export_record (
    id         bigint       not null primary key,
    format     varchar(40)  not null,
    filters    varchar(2000),
    article_id bigint,
    source_id  bigint
);

-- Background jobs act for the user who started them.
alter table job add column started_by varchar(200);

-- Envers snapshots: the audited columns of each table, plus the revision and its type (0 added, 1 changed,
-- 2 deleted). No foreign keys to the live tables: a snapshot outlives the row it shows.
create table article_aud (
    id           bigint   not null,
    rev          bigint   not null references audit_revision (id),
    revtype      smallint,
    title        varchar(500),
    outlet       varchar(200),
    url          varchar(2000),
    published_on date,
    created_at   timestamp with time zone,
    primary key (id, rev)
);

create table quote_aud (
    id                  bigint   not null,
    rev                 bigint   not null references audit_revision (id),
    revtype             smallint,
    article_id          bigint,
    text                text,
    start_offset        integer,
    end_offset          integer,
    kind                varchar(20),
    speaker             varchar(500),
    speaker_name        varchar(300),
    speaker_description varchar(1000),
    cue                 varchar(200),
    cited_outlet        varchar(300),
    confidence          double precision,
    source_id           bigint,
    origin              varchar(20),
    corrected           boolean,
    status              varchar(20),
    primary key (id, rev)
);

create table verdict_aud (
    id            bigint   not null,
    rev           bigint   not null references audit_revision (id),
    revtype       smallint,
    quote_id      bigint,
    verdict       varchar(30),
    note          text,
    source_id     bigint,
    passage_start integer,
    passage_end   integer,
    match_class   varchar(20),
    reviewer      varchar(200),
    recorded_at   timestamp with time zone,
    primary key (id, rev)
);
create index verdict_aud_quote_idx on verdict_aud (quote_id);

-- Article and source texts are left out (up to 5 MB each and never edited); a source is identified by its SHA-256.
create table source_document_aud (
    id            bigint   not null,
    rev           bigint   not null references audit_revision (id),
    revtype       smallint,
    title         varchar(500),
    publisher     varchar(300),
    kind          varchar(40),
    url           varchar(2000),
    final_url     varchar(2000),
    content_type  varchar(200),
    published_on  date,
    language      varchar(35),
    speakers      varchar(1000),
    sha256        char(64),
    raw_sha256    char(64),
    retrieved_at  timestamp with time zone,
    supersedes_id bigint,
    primary key (id, rev)
);

create table speaker_aud (
    id      bigint   not null,
    rev     bigint   not null references audit_revision (id),
    revtype smallint,
    name    varchar(300),
    role    varchar(1000),
    aliases varchar(2000),
    primary key (id, rev)
);

create table export_record_aud (
    id         bigint   not null,
    rev        bigint   not null references audit_revision (id),
    revtype    smallint,
    format     varchar(40),
    filters    varchar(2000),
    article_id bigint,
    source_id  bigint,
    primary key (id, rev)
);

-- Accounts and API tokens join the audit trail. Password hashes and token hashes are never copied into it: a
-- password change shows as a new password_changed_at.
alter table user_account add column password_changed_at timestamp with time zone;

create table user_account_aud (
    id                  bigint   not null,
    rev                 bigint   not null references audit_revision (id),
    revtype             smallint,
    username            varchar(64),
    roles               varchar(100),
    enabled             boolean,
    created_at          timestamp with time zone,
    password_changed_at timestamp with time zone,
    primary key (id, rev)
);

create table api_token_aud (
    id         bigint   not null,
    rev        bigint   not null references audit_revision (id),
    revtype    smallint,
    user_id    bigint,
    name       varchar(100),
    created_at timestamp with time zone,
    primary key (id, rev)
);

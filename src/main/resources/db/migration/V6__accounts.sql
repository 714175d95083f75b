-- People who sign in, their API tokens, failed sign-in counts and the one-time setup link.
create sequence user_account_seq start with 1 increment by 50;
create table user_account (
    id            bigint       not null primary key,
    username      varchar(64)  not null,
    -- bcrypt in Modular Crypt Format ($2a$10$...).
    password_hash varchar(100) not null,
    -- Comma-separated: ADMIN, EDITOR, REVIEWER.
    roles         varchar(100) not null,
    enabled       boolean      not null,
    created_at    timestamp with time zone not null,
    version       integer      not null,
    constraint user_account_username unique (username)
);

create sequence api_token_seq start with 1 increment by 50;
create table api_token (
    id           bigint      not null primary key,
    user_id      bigint      not null references user_account (id),
    name         varchar(100) not null,
    -- SHA-256 of the token, hex: a token is random and long, so a fast hash is safe and no request pays bcrypt.
    token_hash   varchar(64) not null,
    created_at   timestamp with time zone not null,
    constraint api_token_hash unique (token_hash)
);
create index api_token_user on api_token (user_id);

-- Failed sign-ins per account ("account:name") and per client address ("address:ip") in the current window,
-- shared by every instance.
create table login_throttle (
    throttle_key  varchar(200) not null primary key,
    failures      integer      not null,
    window_start  timestamp with time zone not null
);

-- At most one unused setup link: only its hash is kept.
create table setup_token (
    token_hash  varchar(64) not null primary key,
    created_at  timestamp with time zone not null
);

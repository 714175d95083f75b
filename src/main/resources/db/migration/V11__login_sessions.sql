-- Server-side sessions of the login form. Quarkus's encrypted session cookie counts only while the second cookie
-- names a row here for the same user, so signing out (or an admin disabling the account or resetting its password)
-- ends every copy of the cookie on every instance.
create table login_session (
    -- SHA-256 of the random session id the browser holds, hex: the id itself is never stored.
    session_hash  varchar(64) not null primary key,
    username      varchar(64) not null references user_account (username),
    created_at    timestamp with time zone not null,
    -- Updated at most once a minute per session, not on every request.
    last_seen_at  timestamp with time zone not null
);
create index login_session_user on login_session (username);
create index login_session_last_seen on login_session (last_seen_at);

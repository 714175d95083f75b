-- Sign-off: a reviewer's verdict makes a quote PROPOSED until an editor confirms it (VERIFIED) or sends it back with
-- a note (RETURNED). Quotes judged before sign-off existed are proposals waiting for an editor.
alter table quote add column signed_off_by varchar(200);
alter table quote add column signed_off_at timestamp with time zone;
alter table quote add column sign_off_note text;
update quote set status = 'PROPOSED' where status = 'REVIEWED';
-- The audit trail keeps the same columns for every quote version.
alter table quote_aud add column signed_off_by varchar(200);
alter table quote_aud add column signed_off_at timestamp with time zone;
alter table quote_aud add column sign_off_note text;
update quote_aud set status = 'PROPOSED' where status = 'REVIEWED';

-- A verdict judged against a source snapshot that a newer, different snapshot of the same URL has replaced.
alter table verdict add column needs_recheck boolean default false not null;

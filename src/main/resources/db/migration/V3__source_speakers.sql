-- The people or bodies whose words a source document records, separated by "; ".
alter table source_document add column speakers varchar(1000);

-- Repeat places: a keyed blind index (HMAC) of the postcode written in a case's place, never the postcode itself,
-- so cases at the same place can be counted and listed while the place stays encrypted.
alter table case_file add column place_key varchar(64);
create index ix_case_file_place_key on case_file (place_key, opened_on);

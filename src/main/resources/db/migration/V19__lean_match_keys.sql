-- person_match_keys is derived data: every row is recomputed from a golden record (MatchKeySql.replace, the
-- back-fill), never the only copy of anything. Its upkeep was the largest single cost of PostgreSQL in a bulk
-- load (some 7 rows a person: blocking keys and the name's term key). Measured on 200,000 rows on the 2-core
-- machine: 4.8 s with a foreign key to persons, a (person_id, rule, key) primary key and the database's collation,
-- 2.0 s without the foreign key's check per row, with an index on person_id alone and byte-wise comparison
-- (collate "C") of rules and keys, which are equal or not and never sorted for people to read.
alter table person_match_keys drop constraint person_match_keys_person_id_fkey;
alter table person_match_keys drop constraint person_match_keys_pkey;
drop index person_match_keys_key_idx;
alter table person_match_keys alter column rule type text collate "C", alter column key type text collate "C";
create index person_match_keys_key_idx on person_match_keys (rule, key);
create index person_match_keys_person_idx on person_match_keys (person_id);

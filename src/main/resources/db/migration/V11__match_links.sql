-- Probabilistic linking (issue #3, README "Matching").
-- The blocking keys of every golden person, kept by PersonWriter in the writing transaction whenever a person
-- is created or changed while the probabilistic linker is on; an incoming record's candidates are the persons
-- sharing any of its keys.
create table person_match_keys (
    person_id uuid not null references persons (id),
    rule      text not null,
    key       text not null,
    primary key (person_id, rule, key)
);
create index person_match_keys_key_idx on person_match_keys (rule, key);

-- Why a probabilistic link was made: the candidate, the decision and each comparison's level and weight.
alter table source_records add column match_explanation jsonb;

-- Which blocking rules the keys in person_match_keys follow (README "Matching", "Match-key back-fill").
-- One row. rules: the fingerprint (id.sinkron.match.BlockingFingerprint) of the blocking rules and field cleaners
-- every stored key was made with; null when no rules are certain: a store filled under the exact linker (which
-- keeps no keys), or a rebuild towards new rules under way. At start-up MatchKeyBackfill rebuilds the keys when
-- rules is not the linker's. A rebuild walks the persons in id order towards target; after_id is the last person
-- done, so a stopped rebuild resumes there.
create table match_key_state (
    id          boolean     primary key default true check (id),
    rules       text,
    target      text,
    after_id    uuid,
    done        bigint      not null default 0,
    total       bigint      not null default 0,
    started_at  timestamptz,
    finished_at timestamptz
);
insert into match_key_state (id) values (true);

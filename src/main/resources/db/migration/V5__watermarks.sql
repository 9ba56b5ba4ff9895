-- How far an incremental pull has come, per source: the highest value of the source's incremental field
-- (updated_at, a sequence) among the rows of its committed batches. Written in the same transaction as each
-- batch, so after a crash a pull resumes exactly after what is stored: no gap, no record twice.
create table source_watermarks (
    source     text        primary key,
    value      text        not null,
    run_id     bigint      references sync_runs (id),   -- the run whose batch set it; null after a manual set
    updated_at timestamptz not null default now()
);

-- How many records the source said a run would bring (a REST API's "total", a batch's size), when it said so:
-- GET /api/v1/sync-runs/{id} shows the percentage done and the time left against it. Null when unknown.
alter table sync_runs add column expected_total bigint;

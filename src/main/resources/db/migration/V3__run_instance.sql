-- The instance that runs a sync run, as the application_name of its database connections (unique per process).
-- At start-up an instance marks FAILED only the RUNNING runs of instances that no longer hold a connection, so
-- starting a second instance on the same database leaves the first one's runs alone.
alter table sync_runs add column instance text;

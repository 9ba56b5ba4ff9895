-- Service records (issue #4): an agency's enrolment of a person in a service (social aid, health insurance,
-- school), one row per (agency, service_type, external_id) with every version, and a filtered feed read.
-- Raw payloads and rejections of service sources go to raw_records and rejections like persons'.

create table services (
    id                      uuid        primary key,
    agency                  text        not null,
    service_type            text        not null,             -- e.g. BPNT, PKH, PBI-JKN, SD-ENROLMENT
    external_id             text        not null,             -- the agency's id of the enrolment
    version                 integer     not null,
    person_id               uuid        references persons (id), -- null while the person cannot be resolved
    status                  text        not null,             -- ACTIVE, SUSPENDED, ENDED
    start_date              date,
    end_date                date,
    record                  jsonb       not null,             -- canonical fields, snake_case, person_id included
    provenance              json        not null,             -- {source, source_record_id, run_id}
    warnings                json        not null,             -- e.g. the person could not be resolved
    source                  text        not null,             -- the source whose record is current
    source_record_id        text        not null,
    content_hash            text        not null,             -- of the current record: an identical re-send changes nothing
    source_updated_at       timestamptz,
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    unique (agency, service_type, external_id)
);
create index services_person_idx on services (person_id) where person_id is not null;
-- the services still waiting for their person, found by the NIK or the person record id that arrives
create index services_waiting_nik_idx on services ((record->>'person_nik')) where person_id is null;
create index services_waiting_record_idx on services ((record->>'person_source'), (record->>'person_source_record_id'))
    where person_id is null;
create index services_source_record_idx on services (source, source_record_id);

create table service_versions (
    service_id  uuid        not null references services (id),
    version     integer     not null,
    record      json        not null,
    provenance  json        not null,
    changed     json        not null,                         -- field -> {"old": ..., "new": ...}
    run_id      bigint      not null references sync_runs (id),
    recorded_at timestamptz not null,
    primary key (service_id, version)
);

-- The feed is one sequence for every entity; each entity's pull feed reads its own events in that order.
create index feed_events_entity_type_idx on feed_events (entity_type, seq);

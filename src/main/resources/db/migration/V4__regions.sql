-- Kemendagri region codes (kode wilayah): every province, regency, district and village, for SQL users and
-- reports. Sinkron fills it at start-up from the shipped reference/wilayah/wilayah.sql whenever it is empty or
-- that file's SHA-256 differs from the one recorded below (id.sinkron.region.RegionTable); the service itself
-- looks regions up in memory. Name matching is done in Java (Jaro-Winkler), so no pg_trgm extension is needed:
-- an external server need not allow extensions.
create table regions (
    code    text     primary key,                     -- dotted: 33, 33.16, 33.16.09, 33.16.09.1006
    name    text     not null,                        -- as Kemendagri writes it; regencies with Kabupaten/Kota
    level   smallint not null check (level between 1 and 4),  -- 1 province, 2 regency, 3 district, 4 village
    parent  text                                      -- code one level up; null for a province
);
create index regions_parent_idx on regions (parent);

-- Which edition of a shipped reference file a reference table holds.
create table reference_data (
    name       text        primary key,               -- the table: regions
    sha256     text        not null,                  -- of the shipped file
    row_count  integer     not null,
    loaded_at  timestamptz not null
);

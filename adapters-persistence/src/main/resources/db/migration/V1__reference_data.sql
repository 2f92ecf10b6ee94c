-- Runs unchanged on PostgreSQL 15 and on H2 2.3 in MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE: plain types only.
--
-- Aggregates are loaded whole and never queried by their inner parts, so the nested value objects are
-- kept as JSON documents in TEXT columns (TEXT rather than JSONB, because H2 has no JSONB). Only what
-- identifies, lists or filters an aggregate gets a column of its own.

-- One city per database. A fixed key with a check makes a second row impossible, whatever the
-- application does, instead of relying on "delete, then insert" to keep it single.
CREATE TABLE city_profile (
  id         INTEGER     NOT NULL DEFAULT 1 PRIMARY KEY CHECK (id = 1),
  code       VARCHAR(60) NOT NULL,
  definition TEXT        NOT NULL
);

CREATE TABLE product (
  code       VARCHAR(60)   NOT NULL PRIMARY KEY,
  theme      VARCHAR(20)   NOT NULL,
  name_nl    VARCHAR(2000) NOT NULL,
  name_fr    VARCHAR(2000) NOT NULL,
  name_en    VARCHAR(2000) NOT NULL,
  definition TEXT          NOT NULL
);

CREATE TABLE location (
  code       VARCHAR(60)  NOT NULL PRIMARY KEY,
  name       VARCHAR(200) NOT NULL,
  type       VARCHAR(30)  NOT NULL,
  district   VARCHAR(60)  NOT NULL,
  definition TEXT         NOT NULL
);

-- A row per exception, not a list inside the location's document: staff add and remove exceptions one
-- by one, and two concurrent additions must both be kept, which a read-modify-write of one document
-- would not guarantee.
CREATE TABLE location_calendar_exception (
  id            UUID          NOT NULL PRIMARY KEY,
  location_code VARCHAR(60)   NOT NULL REFERENCES location (code) ON DELETE CASCADE,
  kind          VARCHAR(20)   NOT NULL,
  from_date     DATE          NOT NULL,
  to_date       DATE          NOT NULL,
  windows       TEXT          NOT NULL,
  reason_nl     VARCHAR(2000) NOT NULL,
  reason_fr     VARCHAR(2000) NOT NULL,
  reason_en     VARCHAR(2000) NOT NULL,
  CHECK (to_date >= from_date)
);

CREATE INDEX location_calendar_exception_by_location ON location_calendar_exception (location_code, from_date);

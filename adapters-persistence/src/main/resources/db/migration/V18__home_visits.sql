-- Home visits of the mobile teams: planned in a team's day, loaded onto its biometrics kit, ended by the
-- kit's report (done, missed) or cancelled by staff. A delivery names the document it brings; an
-- application names the document ordered from its capture once the kit reported it.
CREATE TABLE home_visit (
  id                 UUID          PRIMARY KEY,
  team               VARCHAR(60)   NOT NULL,
  visit_day          DATE          NOT NULL,
  start_time         TIME          NOT NULL,
  minutes            INTEGER       NOT NULL,
  purpose            VARCHAR(20)   NOT NULL,
  kind               VARCHAR(20)   NOT NULL,
  product_code       VARCHAR(60)   NOT NULL,
  citizen_insz       VARCHAR(11)   NOT NULL,
  citizen_name       VARCHAR(200)  NOT NULL,
  citizen_email      VARCHAR(254),
  citizen_phone      VARCHAR(30),
  citizen_language   VARCHAR(2)    NOT NULL,
  street             VARCHAR(200)  NOT NULL,
  postal_code        VARCHAR(4)    NOT NULL,
  municipality       VARCHAR(100)  NOT NULL,
  note               VARCHAR(500),
  document_order_id  UUID          REFERENCES document_order (id),
  state              VARCHAR(20)   NOT NULL,
  planned_by         VARCHAR(200)  NOT NULL,
  planned_at         TIMESTAMP     NOT NULL,
  ended_at           TIMESTAMP,
  end_reason         VARCHAR(500),
  CONSTRAINT home_visit_purpose CHECK (purpose IN ('APPLICATION', 'DELIVERY')),
  CONSTRAINT home_visit_state CHECK (state IN ('PLANNED', 'DONE', 'MISSED', 'CANCELLED')),
  CONSTRAINT home_visit_minutes CHECK (minutes BETWEEN 1 AND 240)
);

CREATE INDEX home_visit_team_day ON home_visit (team, visit_day, start_time);
CREATE INDEX home_visit_document ON home_visit (document_order_id);

-- One row per team and day, locked while a visit is planned in it, so that two plannings cannot both
-- take the same gap.
CREATE TABLE home_visit_day_lock (
  team      VARCHAR(60) NOT NULL,
  lock_day  DATE        NOT NULL,
  PRIMARY KEY (team, lock_day)
);

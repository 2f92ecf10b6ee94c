-- Proactive eID renewal: what each run decided for each card that runs out within the horizon, and what
-- became of a kept slot. A summons keeps what the message, the confirmation and the staff need and no
-- more: the holder's number, name, language and contact as the register gave them, the card's number and
-- last day, the kept slot and its hold, the SHA-256 of the token of the links (never the token itself),
-- and, for a letter only, the address it goes to. Kept until six months after the card ran out (README).
CREATE TABLE eid_summons (
  id                    UUID          PRIMARY KEY,
  citizen_insz          VARCHAR(11)   NOT NULL,
  card_number           VARCHAR(20)   NOT NULL,
  card_valid_until      DATE          NOT NULL,
  -- 'SUMMONED' for a summons (one per holder and card, whatever the run), the run day for a skip (one a
  -- day: the holder is summoned once the appointment or application that made the run skip is gone).
  summons_key           VARCHAR(10)   NOT NULL,
  run_date              DATE          NOT NULL,
  outcome               VARCHAR(10)   NOT NULL,
  reason                VARCHAR(20),
  state                 VARCHAR(10)   NOT NULL,
  holder_name           VARCHAR(200)  NOT NULL,
  holder_language       VARCHAR(2)    NOT NULL,
  holder_email          VARCHAR(254),
  holder_phone          VARCHAR(30),
  street                VARCHAR(200),
  postal_code           VARCHAR(4),
  municipality          VARCHAR(100),
  location_code         VARCHAR(60),
  slot_start            TIMESTAMP,
  slot_end              TIMESTAMP,
  hold_id               UUID,
  kept_until            TIMESTAMP,
  token_hash            VARCHAR(64),
  appointment_reference VARCHAR(8),
  decided_by            VARCHAR(200)  NOT NULL,
  decided_at            TIMESTAMP     NOT NULL,
  closed_at             TIMESTAMP,
  CONSTRAINT eid_summons_once UNIQUE (citizen_insz, card_valid_until, summons_key),
  CONSTRAINT eid_summons_token_once UNIQUE (token_hash),
  CONSTRAINT eid_summons_outcome CHECK (outcome IN ('KEPT', 'INVITED', 'SKIPPED')),
  CONSTRAINT eid_summons_state CHECK (state IN ('KEPT', 'CONFIRMED', 'RELEASED', 'LAPSED', 'INVITED',
    'SKIPPED')),
  CONSTRAINT eid_summons_reason CHECK (reason IS NULL OR reason IN ('NO_SLOT', 'NO_LOCATION', 'BY_POST',
    'APPOINTMENT_OPEN', 'APPLICATION_OPEN')),
  CONSTRAINT eid_summons_kept_complete CHECK (outcome <> 'KEPT' OR (location_code IS NOT NULL
    AND slot_start IS NOT NULL AND slot_end IS NOT NULL AND hold_id IS NOT NULL AND kept_until IS NOT NULL
    AND token_hash IS NOT NULL)),
  CONSTRAINT eid_summons_confirmed_booked CHECK ((state = 'CONFIRMED') = (appointment_reference IS NOT NULL))
);

-- The staff's list of a run day's decisions, in order.
CREATE INDEX eid_summons_run ON eid_summons (run_date, decided_at, id);
-- The cap: the slots kept at a location on a day.
CREATE INDEX eid_summons_kept_day ON eid_summons (state, location_code, slot_start);
-- The sweep of kept slots that lapsed.
CREATE INDEX eid_summons_lapsing ON eid_summons (state, kept_until);
-- A run's pre-check per card, and the retention by the card's end.
CREATE INDEX eid_summons_card ON eid_summons (citizen_insz, card_valid_until);
CREATE INDEX eid_summons_card_end ON eid_summons (card_valid_until);

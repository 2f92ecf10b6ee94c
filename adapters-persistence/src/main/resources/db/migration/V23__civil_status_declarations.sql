-- Civil-status declarations made electronically (a birth, a recognition, a marriage) and their road through
-- DABS, the federal civil-status database. Only what the act needs: the persons concerned (national numbers
-- and names, one line each in parties: role, national number or empty for a child not yet registered, name,
-- separated by tabs), the facts the rules need (the relation of a birth's other parent to the mother, the
-- birth or wedding day), and where it went (the draft's id and the act's number in DABS, the eBox message).
-- The act itself lives in DABS. Kept until loket.civil-status.retention (90 days by default) after the road
-- ended (EXTRACT_DELIVERED, REFERRED, REJECTED, FAILED), then deleted by the hourly clean-up (see the README).
CREATE TABLE civil_status_declaration (
  id                  UUID           PRIMARY KEY,
  kind                VARCHAR(12)    NOT NULL,
  declarant           VARCHAR(11)    NOT NULL,
  language            VARCHAR(2)     NOT NULL,
  parties             VARCHAR(1000)  NOT NULL,
  relation            VARCHAR(25),
  event_date          DATE,
  state               VARCHAR(20)    NOT NULL,
  submitted_at        TIMESTAMP      NOT NULL,
  changed_at          TIMESTAMP      NOT NULL,
  draft_id            VARCHAR(100),
  act_number          VARCHAR(100),
  signed_by           VARCHAR(200),
  mailbox_message_id  VARCHAR(100),
  reason              VARCHAR(40),
  detail              VARCHAR(500),
  handled_by          VARCHAR(200),
  CONSTRAINT civil_status_declaration_kind CHECK (kind IN ('BIRTH', 'RECOGNITION', 'MARRIAGE')),
  CONSTRAINT civil_status_declaration_state CHECK (state IN ('SUBMITTED', 'DRAFTED', 'SIGNING', 'SIGNED',
    'EXTRACT_POSTED', 'EXTRACT_DELIVERED', 'REFERRED', 'REJECTED', 'FAILED'))
);

-- The officer's review list, the post queue and the counter's list, oldest first; and the clean-up by age.
CREATE INDEX civil_status_declaration_queue ON civil_status_declaration (state, changed_at);

-- The extract of a signed act whose declarant has no eBox consent: kept only until staff print it, deleted
-- in the transaction that marks it printed.
CREATE TABLE civil_status_print (
  declaration_id  UUID   PRIMARY KEY REFERENCES civil_status_declaration (id) ON DELETE CASCADE,
  pdf             BYTEA  NOT NULL
);

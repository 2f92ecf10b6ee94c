-- Attests from the population register delivered automatically (e-counter, kiosks). Only what the purpose
-- needs: who asked for which attest, in which language, through which channel, and where it went. No
-- register data (name, address) is stored. Kept until loket.attests.retention (90 days by default) after the
-- request ended (DELIVERED, PRINTED, RESOLVED), then deleted by the hourly clean-up (see the README).
CREATE TABLE attest_request (
  id                  UUID           PRIMARY KEY,
  insz                VARCHAR(11)    NOT NULL,
  model               VARCHAR(40)    NOT NULL,
  language            VARCHAR(2)     NOT NULL,
  channel             VARCHAR(10)    NOT NULL,
  state               VARCHAR(10)    NOT NULL,
  received_at         TIMESTAMP      NOT NULL,
  changed_at          TIMESTAMP      NOT NULL,
  mailbox_message_id  VARCHAR(100),
  reason              VARCHAR(30),
  detail              VARCHAR(500),
  handled_by          VARCHAR(200),
  note                VARCHAR(1000),
  CONSTRAINT attest_request_state CHECK (state IN ('RECEIVED', 'DELIVERED', 'POSTED', 'PRINTED',
    'REFERRED', 'RESOLVED'))
);

-- The post queue and the work queue, oldest first; and the clean-up by age.
CREATE INDEX attest_request_queue ON attest_request (state, changed_at);

-- The PDF of an attest in the print-and-mail queue (the citizen has no eBox consent): kept only until
-- staff print it, deleted in the transaction that marks it printed.
CREATE TABLE attest_print (
  request_id  UUID   PRIMARY KEY REFERENCES attest_request (id) ON DELETE CASCADE,
  pdf         BYTEA  NOT NULL
);

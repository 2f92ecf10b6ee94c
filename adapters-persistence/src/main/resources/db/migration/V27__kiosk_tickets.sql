-- The walk-in tickets kiosks printed, so that only the kiosk that drew a ticket reports its slip, once
-- printed. The ticket itself is in the counter's queue (table ticket) whatever becomes of its slip.
CREATE TABLE kiosk_ticket (
  ticket       UUID         PRIMARY KEY,
  kiosk        UUID         NOT NULL REFERENCES kiosk (id),
  issued_at    TIMESTAMP    NOT NULL,
  slip         VARCHAR(10),
  reported_at  TIMESTAMP,
  CONSTRAINT kiosk_ticket_slip CHECK (slip IS NULL OR slip IN ('PRINTED', 'FAILED'))
);

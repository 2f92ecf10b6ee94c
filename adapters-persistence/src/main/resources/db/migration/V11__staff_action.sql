-- What staff did to citizens' appointments: who (the identity provider's subject and the name it gave),
-- when, what and why. Only ever inserted; read per appointment oldest first, in the order written (seq) where
-- actions share a moment (one transaction).
CREATE TABLE staff_action (
  id                    UUID                     PRIMARY KEY,
  seq                   BIGINT GENERATED ALWAYS AS IDENTITY NOT NULL,
  appointment_reference VARCHAR(8)               NOT NULL,
  actor_id              VARCHAR(200)             NOT NULL,
  actor_name            VARCHAR(200)             NOT NULL,
  at                    TIMESTAMP WITH TIME ZONE NOT NULL,
  kind                  VARCHAR(20)              NOT NULL,
  detail                VARCHAR(500),
  reason                VARCHAR(500),
  CONSTRAINT staff_action_kind CHECK (kind IN ('BOOKED', 'VIEWED', 'MOVED', 'CANCELLED', 'LINK_SENT',
    'CHECKED_IN', 'CHECKED_IN_LATE', 'COMPLETED', 'NO_SHOW'))
);

CREATE INDEX staff_action_by_appointment ON staff_action (appointment_reference, at, seq);

-- Fair use per client and walk-in tickets that say what they are for.
--
-- A hold remembers its client (a SHA-256 digest of the address or gateway id, never the raw key), so
-- that a client keeps at most a few live holds and cannot take back at once a slot it held and gave up.
ALTER TABLE desk_time ADD COLUMN holder VARCHAR(64);

CREATE INDEX desk_time_hold_by_holder ON desk_time (holder, expires_at);

-- Serialises the holds of one client, as citizen_lock does a citizen's bookings.
CREATE TABLE client_lock (
  client_id VARCHAR(64) NOT NULL PRIMARY KEY
);

-- A ticket is for a walk-in service or for a pickup (which only a PICKUP desk may serve), and names its
-- client (digest) for the per-client limit on waiting tickets.
ALTER TABLE ticket ADD COLUMN purpose VARCHAR(10) NOT NULL DEFAULT 'WALK_IN';

ALTER TABLE ticket ADD COLUMN client_id VARCHAR(64);

ALTER TABLE ticket ADD CONSTRAINT ticket_purpose CHECK (purpose IN ('WALK_IN', 'PICKUP'));

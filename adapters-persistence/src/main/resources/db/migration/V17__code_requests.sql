-- Requests for new PIN/PUK codes: the order of the codes letter to the card production, its arrival at the
-- location the citizen chose, and the hand-over. open_insz holds the citizen's national number while the
-- request is on its road and is NULL once it ended: its unique constraint lets a citizen have one open
-- request at most (NULLs never collide), on PostgreSQL and H2 alike, without a partial index.
CREATE TABLE code_request (
  id                UUID          PRIMARY KEY,
  citizen_insz      VARCHAR(11)   NOT NULL,
  citizen_name      VARCHAR(200)  NOT NULL,
  citizen_email     VARCHAR(254),
  citizen_phone     VARCHAR(30),
  citizen_language  VARCHAR(2)    NOT NULL,
  pickup_at         VARCHAR(60)   NOT NULL,
  state             VARCHAR(20)   NOT NULL,
  production_number VARCHAR(60),
  requested_by      VARCHAR(200)  NOT NULL,
  requested_at      TIMESTAMP     NOT NULL,
  arrived_at        TIMESTAMP,
  ended_at          TIMESTAMP,
  end_reason        VARCHAR(500),
  open_insz         VARCHAR(11),
  CONSTRAINT code_request_one_open UNIQUE (open_insz),
  CONSTRAINT code_request_state CHECK (state IN ('REQUESTED', 'ORDERED', 'DISPATCHED', 'ARRIVED',
    'HANDED_OVER', 'REFUSED'))
);

CREATE INDEX code_request_at_location ON code_request (pickup_at, state, arrived_at);

-- A codes request is refused while a card is on its way to the same citizen: their orders are looked up.
CREATE INDEX document_order_citizen ON document_order (citizen_insz);

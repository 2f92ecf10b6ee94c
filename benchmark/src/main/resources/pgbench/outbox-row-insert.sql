-- The database's ceiling for the federal outbox: one row like the one an application queues for the card
-- production (a call, its subject as the idempotency key, QUEUED, due now), and its commit, per
-- transaction, into a copy of federal_call with the same constraint and indexes. Prepared, as the
-- service's JDBC driver sends it. Its table is made anew by outbox-row-insert-setup.sql first:
--   psql -f outbox-row-insert-setup.sql loket_bench
--   pgbench -n -M prepared -c 20 -j 2 -T 30 -f outbox-row-insert.sql loket_bench
-- The service's application also inserts the document order in the same transaction: this is the outbox
-- row alone, the floor under any outbox.
INSERT INTO pgbench_outbox_row (call_kind, subject, status, attempts, created_at, next_attempt_at)
  VALUES ('ORDER_DOCUMENT', gen_random_uuid(), 'QUEUED', 0, LOCALTIMESTAMP, LOCALTIMESTAMP)
  ON CONFLICT DO NOTHING;

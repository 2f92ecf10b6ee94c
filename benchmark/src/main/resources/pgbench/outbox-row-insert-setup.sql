-- The table of outbox-row-insert.sql: a copy of the service's federal outbox (federal_call, made by its
-- migrations) with its identity column, unique constraint and due index, made anew so that each run
-- starts alike and the service's own outbox is never touched:
--   psql -f outbox-row-insert-setup.sql loket_bench
DROP TABLE IF EXISTS pgbench_outbox_row;
CREATE TABLE pgbench_outbox_row (LIKE federal_call INCLUDING ALL);

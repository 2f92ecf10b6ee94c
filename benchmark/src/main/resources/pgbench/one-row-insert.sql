-- The database's plainest ceiling: one one-row insert and its commit per transaction (issue 3's
-- baseline for sustained bookings). Its table is made, or emptied, by one-row-insert-setup.sql first:
--   psql -f one-row-insert-setup.sql loket_bench
-- It runs in pgbench's default (simple) query mode, as it always has, so that its figure stays
-- comparable from run to run:
--   pgbench -n -c 16 -j 2 -T 30 -f one-row-insert.sql loket_bench
INSERT INTO pgbench_one_row_insert (payload) VALUES ('booking');

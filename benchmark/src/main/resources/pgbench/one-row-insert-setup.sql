-- The table of one-row-insert.sql, made if missing and emptied, so that each run starts alike.
CREATE TABLE IF NOT EXISTS pgbench_one_row_insert (id BIGSERIAL PRIMARY KEY, payload TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now());
TRUNCATE pgbench_one_row_insert;

-- The writers of a desk's day, a citizen, a client and a mobile team's day are now serialised by
-- transaction-level advisory locks on PostgreSQL (and by locks in the JVM on the embedded H2): one
-- statement instead of creating a row and then locking it, and nothing written. The lock rows go.
-- citizen_lock also kept every national number that ever booked, with no reason to.
--
-- An instance of an earlier version still locks rows: stop the old instances before starting this
-- one (Flyway runs this migration as the first new instance starts, and an old one then fails loudly
-- on the missing tables rather than locking apart from the new ones).
DROP TABLE desk_day_lock;
DROP TABLE citizen_lock;
DROP TABLE client_lock;
DROP TABLE home_visit_day_lock;

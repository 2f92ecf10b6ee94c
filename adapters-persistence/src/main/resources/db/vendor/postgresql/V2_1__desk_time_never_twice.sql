-- PostgreSQL only (see db/migration/V2__appointments.sql). Versions here are <common version>_<n>, so
-- that they never collide with the common migrations and run right after the one they build on.

-- btree_gist lets a GiST index compare plain columns with "=", which the exclusion constraint needs next
-- to the time ranges. It is a trusted extension (PostgreSQL 13+): the database owner may create it
-- without being a superuser.
--
-- In schema public, not in this migration's schema: an extension exists once per database, and every
-- schema's constraint depends on it wherever it lives. Had it landed in one schema among several (one per
-- city, or per test class), dropping or cleaning that schema (DROP EXTENSION ... CASCADE) would silently
-- drop the constraint of every other one. Where public is not writable, a DBA creates the extension once
-- beforehand and this line does nothing.
CREATE EXTENSION IF NOT EXISTS btree_gist SCHEMA public;

-- A desk never holds two overlapping active rows (open appointments, holds, blocks), whatever the
-- application does: the desk's lock keeps well-behaved writers in line, this refuses any other. Ranges
-- are [start, end), so back-to-back slots do not overlap. A violation is SQLState 23P01.
ALTER TABLE desk_time ADD CONSTRAINT desk_time_never_twice
  EXCLUDE USING gist (location_code WITH =, desk WITH =, tsrange(start_at, end_at) WITH &&) WHERE (active);

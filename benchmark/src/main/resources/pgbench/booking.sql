-- One booking's transaction on PostgreSQL, statement for statement, as the service runs it for
-- POST /api/v1/appointments with a product, a location and a start (no hold, no idempotency key): read
-- from the server's log with log_statement = 'all' during one booking. It is the database's ceiling for
-- bookings: what the service could reach if HTTP, JSON, validation and the JVM cost nothing.
--
-- Run it by hand on a database the benchmark filled (it needs the service's schema, and is only
-- realistic with the 13 weeks of appointments the benchmark inserts):
--   pgbench -n -M prepared -c 16 -j 2 -T 30 -D location=districtshuis-deurne -f booking.sql loket_bench
--
-- Where it differs from the service, and why:
-- * The desk is one of a thousand made-up desks of a real location ('pgbench-1' ... 'pgbench-1000'), so
--   that the reads of taken time read that location's real appointments while the insert can never
--   meet a real one; desk, day and start are random, so clients collide on a desk's day about as
--   rarely as the sustained bookings do (each takes a distinct free slot).
-- * The two inserts end in ON CONFLICT DO NOTHING: pgbench ends a client at its first error, and one
--   random slot in about a hundred is drawn twice in a run. The service learns of a taken slot from its
--   read under the lock and never gets that far.
-- * Times come from SQL (CURRENT_DATE, LOCALTIMESTAMP) instead of parameters the service computes.
-- * The same message body length (about 170 characters) as a Dutch confirmation.
\set desk random(1, 1000)
\set day random(2, 90)
\set minute random(0, 143)
\set insz random(10000000000, 99999999999)
\set ref random(0, 268435455)
BEGIN;
-- Fair use, under the citizen's lock
SELECT pg_advisory_xact_lock(1280114690, hashtext(:insz::text));
SELECT TRUE FROM slot_release WHERE citizen_insz = :insz::text AND location_code = :location::text
  AND start_at = CURRENT_DATE + :day::int + TIME '08:00' + :minute::int * INTERVAL '5 minutes'
  AND released_at >= LOCALTIMESTAMP - INTERVAL '30 minutes';
SELECT id, kind, location_code, desk, start_at, end_at, active, products, persons, reference, management_code_hash,
  citizen_insz, citizen_name, citizen_email, citizen_phone, citizen_language, booked_via, status, checked_in_at,
  called_at, closed_at
  FROM desk_time WHERE citizen_insz = :insz::text AND active = TRUE AND kind = 'APPOINTMENT'
  ORDER BY start_at ASC, desk ASC, id ASC;
-- A first look without locks, to skip the desks that are taken
SELECT id, location_code, desk, start_at, end_at, expires_at FROM desk_time
  WHERE active AND location_code IN (:location::text)
    AND start_at >= CURRENT_DATE + :day::int + TIME '08:00' + :minute::int * INTERVAL '5 minutes' - INTERVAL '1 day'
    AND start_at < CURRENT_DATE + :day::int + TIME '08:05' + :minute::int * INTERVAL '5 minutes'
    AND end_at > CURRENT_DATE + :day::int + TIME '08:00' + :minute::int * INTERVAL '5 minutes'
    AND (expires_at IS NULL OR expires_at > LOCALTIMESTAMP);
-- The desk's day: lock, give back expired holds, read what is taken again
SELECT pg_advisory_xact_lock(1280114689, hashtext(:location::text || '|pgbench-' || :desk::text || '|' || (CURRENT_DATE + :day::int)));
UPDATE desk_time SET active = FALSE
  WHERE kind = 'HOLD' AND active AND location_code = :location::text AND desk = 'pgbench-' || :desk::text
    AND expires_at <= LOCALTIMESTAMP;
SELECT id, location_code, desk, start_at, end_at, expires_at FROM desk_time
  WHERE active AND location_code IN (:location::text)
    AND start_at >= CURRENT_DATE + :day::int + TIME '08:00' + :minute::int * INTERVAL '5 minutes' - INTERVAL '1 day'
    AND start_at < CURRENT_DATE + :day::int + TIME '08:05' + :minute::int * INTERVAL '5 minutes'
    AND end_at > CURRENT_DATE + :day::int + TIME '08:00' + :minute::int * INTERVAL '5 minutes'
    AND (expires_at IS NULL OR expires_at > LOCALTIMESTAMP);
-- The appointment with a fresh reference (of the application's shape, like K7M-4QXD, so the service
-- can read the rows; its unique index decides, no look-up first), its confirmation in the outbox
INSERT INTO desk_time (kind, location_code, desk, start_at, end_at, active, products, persons, reference,
    management_code_hash, citizen_insz, citizen_name, citizen_email, citizen_phone, citizen_language, booked_via,
    status, checked_in_at, called_at, closed_at, id)
  VALUES ('APPOINTMENT', :location::text, 'pgbench-' || :desk::text,
    CURRENT_DATE + :day::int + TIME '08:00' + :minute::int * INTERVAL '5 minutes',
    CURRENT_DATE + :day::int + TIME '08:05' + :minute::int * INTERVAL '5 minutes', TRUE, 'attest-household-composition', 1,
    (substr(translate(lpad(to_hex(:ref::bigint), 8, '0'), '0123456789abcdef', '23456789ABCDEFGH'), 1, 3) || '-' || substr(translate(lpad(to_hex(:ref::bigint), 8, '0'), '0123456789abcdef', '23456789ABCDEFGH'), 4, 4)), md5(:ref::text || :insz::text) || md5(:insz::text), :insz::text, 'Bench Mark', 'bench@example.be', NULL,
    'NL', 'E_COUNTER', 'BOOKED', NULL, NULL, NULL, gen_random_uuid())
  ON CONFLICT DO NOTHING;
INSERT INTO outbox_message (dedupe_key, appointment_reference, kind, language, recipient_email, recipient_phone,
    subject, body, created_at, attempts, status, next_attempt_at)
  VALUES ((substr(translate(lpad(to_hex(:ref::bigint), 8, '0'), '0123456789abcdef', '23456789ABCDEFGH'), 1, 3) || '-' || substr(translate(lpad(to_hex(:ref::bigint), 8, '0'), '0123456789abcdef', '23456789ABCDEFGH'), 4, 4)) || ':' || 'CONFIRMATION' || ':' || clock_timestamp(), (substr(translate(lpad(to_hex(:ref::bigint), 8, '0'), '0123456789abcdef', '23456789ABCDEFGH'), 1, 3) || '-' || substr(translate(lpad(to_hex(:ref::bigint), 8, '0'), '0123456789abcdef', '23456789ABCDEFGH'), 4, 4)),
    'CONFIRMATION', 'NL', 'bench@example.be', NULL, 'Bevestiging afspraak ' || (substr(translate(lpad(to_hex(:ref::bigint), 8, '0'), '0123456789abcdef', '23456789ABCDEFGH'), 1, 3) || '-' || substr(translate(lpad(to_hex(:ref::bigint), 8, '0'), '0123456789abcdef', '23456789ABCDEFGH'), 4, 4)),
    'Uw afspraak is bevestigd: donderdag 10 december 2026, 09:20 in Districtshuis Deurne, Maurice Dequeeckerplein 1, '
      || '2100 Deurne. Referentie ' || (substr(translate(lpad(to_hex(:ref::bigint), 8, '0'), '0123456789abcdef', '23456789ABCDEFGH'), 1, 3) || '-' || substr(translate(lpad(to_hex(:ref::bigint), 8, '0'), '0123456789abcdef', '23456789ABCDEFGH'), 4, 4)) || '. Breng uw identiteitskaart mee.',
    LOCALTIMESTAMP, 0, 'QUEUED', LOCALTIMESTAMP)
  ON CONFLICT DO NOTHING;
END;

-- A new row of desk time is now told whole, so that a listening instance adds it to the day it keeps
-- instead of forgetting that day and reading it again:
--   "+|<id>|<location code>|<start>|<end>|<expires at, or nothing>|<desk>"  (times as 2027-03-02T10:00:00.000000)
-- The desk comes last, so that whatever it holds cannot shift the other fields. Changes and deletions
-- are told as before, "<location code>|<day the row starts>", and forget the day. An instance of an
-- earlier version cannot read the new form and forgets everything it keeps instead: slower, never wrong.
CREATE OR REPLACE FUNCTION desk_time_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM pg_notify('desk_time_changed', OLD.location_code || '|' || to_char(OLD.start_at, 'YYYY-MM-DD'));
  END IF;
  IF TG_OP = 'INSERT' AND NEW.active THEN
    PERFORM pg_notify('desk_time_changed', '+|' || NEW.id || '|' || NEW.location_code
      || '|' || to_char(NEW.start_at, 'YYYY-MM-DD"T"HH24:MI:SS.US')
      || '|' || to_char(NEW.end_at, 'YYYY-MM-DD"T"HH24:MI:SS.US')
      || '|' || coalesce(to_char(NEW.expires_at, 'YYYY-MM-DD"T"HH24:MI:SS.US'), '')
      || '|' || NEW.desk);
  ELSIF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM pg_notify('desk_time_changed', NEW.location_code || '|' || to_char(NEW.start_at, 'YYYY-MM-DD'));
  END IF;
  RETURN NULL;
END
$$;

-- Every committed change of desk time is told to the instances that listen (LISTEN desk_time_changed),
-- as "<location code>|<day the row starts>", so that each keeps its view of taken time right. NOTIFY is
-- transactional: nothing is told of a change that rolls back, and it is told only once it is committed.
-- Identical payloads within one transaction are told once.
CREATE FUNCTION desk_time_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM pg_notify('desk_time_changed', OLD.location_code || '|' || to_char(OLD.start_at, 'YYYY-MM-DD'));
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM pg_notify('desk_time_changed', NEW.location_code || '|' || to_char(NEW.start_at, 'YYYY-MM-DD'));
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER desk_time_changed AFTER INSERT OR UPDATE OR DELETE ON desk_time
  FOR EACH ROW EXECUTE FUNCTION desk_time_changed();

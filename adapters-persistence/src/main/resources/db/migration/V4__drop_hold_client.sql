-- Holds used to record the citizen's national number as their "client"; nothing ever read it, and a
-- national number kept where no rule needs it is one too many.
ALTER TABLE desk_time DROP COLUMN hold_client;

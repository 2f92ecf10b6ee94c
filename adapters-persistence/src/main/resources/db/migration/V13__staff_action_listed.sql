-- A staff search records each appointment it shows (LISTED): a search shows personal data too.
ALTER TABLE staff_action DROP CONSTRAINT staff_action_kind;
ALTER TABLE staff_action ADD CONSTRAINT staff_action_kind CHECK (kind IN ('BOOKED', 'LISTED', 'VIEWED',
  'MOVED', 'CANCELLED', 'LINK_SENT', 'CHECKED_IN', 'CHECKED_IN_LATE', 'COMPLETED', 'NO_SHOW'));

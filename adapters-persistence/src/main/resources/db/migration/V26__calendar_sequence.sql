-- How often an appointment's calendar event changed since the booking (iCalendar SEQUENCE): raised by a
-- reschedule and by the cancellation, so that citizens' calendars apply the newer event. Holds and blocks
-- keep 0.
ALTER TABLE desk_time ADD COLUMN calendar_sequence INTEGER DEFAULT 0 NOT NULL;

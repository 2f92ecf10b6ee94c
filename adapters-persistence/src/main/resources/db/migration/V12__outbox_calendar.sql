-- The appointment as an iCalendar event, carried by a confirmation or a change as a mail attachment.
ALTER TABLE outbox_message ADD COLUMN calendar TEXT;

-- The sender's delivery state of each message: queued (due at next_attempt_at), sent, or failed
-- (a dead letter after the last attempt or a permanent refusal, with the last error for staff).
ALTER TABLE outbox_message ADD COLUMN status VARCHAR(10) DEFAULT 'QUEUED' NOT NULL;
ALTER TABLE outbox_message ADD COLUMN next_attempt_at TIMESTAMP;
ALTER TABLE outbox_message ADD COLUMN last_error VARCHAR(1000);

UPDATE outbox_message SET status = 'SENT' WHERE sent_at IS NOT NULL;
UPDATE outbox_message SET next_attempt_at = created_at WHERE sent_at IS NULL;

ALTER TABLE outbox_message ADD CONSTRAINT outbox_message_status_known
  CHECK (status IN ('QUEUED', 'SENT', 'FAILED'));
ALTER TABLE outbox_message ADD CONSTRAINT outbox_message_queued_is_due_sometime
  CHECK (status <> 'QUEUED' OR next_attempt_at IS NOT NULL);

-- The due query: queued messages by next attempt; the staff view: by status, newest first.
DROP INDEX outbox_message_unsent;
CREATE INDEX outbox_message_due ON outbox_message (status, next_attempt_at, id);

-- Driving licences applied for in BelDrive take the road of identity documents from the city's side:
-- a document order of kind DRIVING_LICENCE, known under BelDrive's application id. One order per kind
-- and number, so that an application the feed names twice is never taken in twice.
ALTER TABLE document_order DROP CONSTRAINT document_order_kind;
ALTER TABLE document_order ADD CONSTRAINT document_order_kind
  CHECK (kind IN ('EID', 'KIDS_ID', 'PASSPORT', 'FOREIGNER_CARD', 'DRIVING_LICENCE'));

CREATE UNIQUE INDEX document_order_number ON document_order (kind, production_number);

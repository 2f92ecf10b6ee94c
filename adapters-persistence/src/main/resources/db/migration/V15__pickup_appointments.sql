-- A pickup is an appointment (or a hold) of its own: it names the document order it collects.
-- Applications leave it empty. Whether a document already has a live pickup is asked by this column.
ALTER TABLE desk_time ADD COLUMN pickup_of UUID;
CREATE INDEX desk_time_pickup_of ON desk_time (pickup_of);

-- A shared resource may name the record it shares: one of its owner's published exhibits, checked
-- with the museums service when saved. The exhibit's title and image are read from museums when
-- the resource is shown, never copied here.

ALTER TABLE shared_resource
    ADD COLUMN source_type text CHECK (source_type IN ('EXHIBIT')),
    ADD COLUMN source_id   uuid,
    ADD CONSTRAINT shared_resource_source_whole CHECK ((source_type IS NULL) = (source_id IS NULL));

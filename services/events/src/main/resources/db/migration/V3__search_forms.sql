-- Events are searched by the forms ChineseText (common) writes beside them: folded texts
-- (traditional and variant characters as simplified) in three weights and the pinyin key of the
-- Chinese title. The service writes them with each insert and update, and after each migration
-- common's backfill writes them for rows that SQL wrote (search_forms is the version of the
-- forms; a migration that changes searchable text sets it to null).
ALTER TABLE event
    ADD COLUMN search_a      text,
    ADD COLUMN search_b      text,
    ADD COLUMN search_c      text,
    ADD COLUMN search_pinyin text,
    ADD COLUMN search_forms  smallint;

-- The vector is built from the folded forms, with the weights it had (titles A; the venue B, its
-- English name and address now too; descriptions C).
DROP INDEX event_search;
ALTER TABLE event DROP COLUMN search;
ALTER TABLE event
    ADD COLUMN search tsvector GENERATED ALWAYS AS (search_vector(search_a, search_b, search_c)) STORED;
CREATE INDEX event_search ON event USING gin (search) WITH (fastupdate = off);
CREATE INDEX event_pinyin ON event USING gin (search_pinyin gin_trgm_ops) WITH (fastupdate = off);

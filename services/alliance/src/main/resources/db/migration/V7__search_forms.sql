-- Shared resources are searched by the forms ChineseText (common) writes beside them: folded
-- titles (weight A) and descriptions (C), traditional and variant characters as simplified. The
-- service writes them with each insert and update, and after each migration common's backfill
-- writes them for rows that SQL wrote (search_forms is the version of the forms; a migration that
-- changes searchable text sets it to null). Resources have no pinyin key (search_pinyin null).
ALTER TABLE shared_resource
    ADD COLUMN search_a      text,
    ADD COLUMN search_b      text,
    ADD COLUMN search_c      text,
    ADD COLUMN search_pinyin text,
    ADD COLUMN search_forms  smallint;

DROP INDEX shared_resource_search;
ALTER TABLE shared_resource DROP COLUMN search;
ALTER TABLE shared_resource
    ADD COLUMN search tsvector GENERATED ALWAYS AS (search_vector(search_a, search_b, search_c)) STORED;
CREATE INDEX shared_resource_search ON shared_resource USING gin (search) WITH (fastupdate = off);

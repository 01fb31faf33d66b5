-- Exhibits and museums are searched by the forms ChineseText (common) writes beside them:
-- folded texts (traditional and variant characters as simplified) in three weights and the
-- pinyin key of the title or name. The service writes them with each insert and update, and
-- after each migration common's backfill writes them for rows that SQL wrote (search_forms is
-- the version of the forms; a migration that changes searchable text sets it to null).

ALTER TABLE exhibit
    ADD COLUMN search_a      text,
    ADD COLUMN search_b      text,
    ADD COLUMN search_c      text,
    ADD COLUMN search_pinyin text,
    ADD COLUMN search_forms  smallint;

-- The vector is now built from the folded forms, with the weights it had (titles A; keywords,
-- compilers and dating B; descriptions C).
DROP INDEX exhibit_search;
ALTER TABLE exhibit DROP COLUMN search;
DROP FUNCTION exhibit_search_vector(text, text, text[], text, text, text, text, text);
ALTER TABLE exhibit
    ADD COLUMN search tsvector GENERATED ALWAYS AS (search_vector(search_a, search_b, search_c)) STORED;
CREATE INDEX exhibit_search ON exhibit USING gin (search)
    WITH (fastupdate = off) WHERE status = 'PUBLISHED';
CREATE INDEX exhibit_pinyin ON exhibit USING gin (search_pinyin gin_trgm_ops)
    WITH (fastupdate = off) WHERE status = 'PUBLISHED';

ALTER TABLE museum
    ADD COLUMN search_a      text,
    ADD COLUMN search_b      text,
    ADD COLUMN search_c      text,
    ADD COLUMN search_pinyin text,
    ADD COLUMN search_forms  smallint;

-- Rooms and holdings are found by the forms ChineseText (common) writes beside them: a room's
-- names, host names and addresses folded (traditional and variant characters as simplified) in
-- search_a and its Chinese name's pinyin key; a holding's Chinese title folded in search_a and
-- its English title in search_b, which "where can I read 《…》" compares with the folded title
-- asked for. The service writes them with each insert and update, and after each migration
-- common's backfill writes them for rows that SQL wrote (search_forms is the version of the
-- forms; a migration that changes searchable text sets it to null).
ALTER TABLE reading_room
    ADD COLUMN search_a      text,
    ADD COLUMN search_b      text,
    ADD COLUMN search_c      text,
    ADD COLUMN search_pinyin text,
    ADD COLUMN search_forms  smallint;

ALTER TABLE holding
    ADD COLUMN search_a      text,
    ADD COLUMN search_b      text,
    ADD COLUMN search_c      text,
    ADD COLUMN search_pinyin text,
    ADD COLUMN search_forms  smallint;

DROP INDEX holding_title;
DROP INDEX holding_title_en;
CREATE INDEX holding_search_zh ON holding (search_a, room_code);
CREATE INDEX holding_search_en ON holding (search_b, room_code) WHERE search_b IS NOT NULL;

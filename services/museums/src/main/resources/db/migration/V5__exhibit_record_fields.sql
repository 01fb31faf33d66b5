-- The rest of the national movable-heritage record (全国可移动文物普查) and the gazetteer fields
-- of an exhibit. Vocabulary columns are checked here as well as in the API, so that
-- no import path can store a code the vocabularies endpoint does not list.

ALTER TABLE exhibit
    ADD COLUMN census_no          text
        CONSTRAINT exhibit_census_no_format CHECK (census_no ~ '^[1-8][0-9]{20}$'),
    ADD COLUMN material           text CHECK (material IN (
        'WOOD', 'BAMBOO', 'PAPER', 'COTTON_HEMP', 'SILK', 'WOOL', 'LEATHER', 'BONE_HORN_IVORY',
        'OTHER_ORGANIC', 'STONE', 'GEMSTONE_JADE', 'POTTERY', 'PORCELAIN', 'BRICK_TILE', 'CLAY',
        'GLASS', 'COPPER', 'IRON', 'GOLD', 'SILVER', 'OTHER_METAL', 'OTHER_INORGANIC',
        'COMPOSITE')),
    ADD COLUMN quantity_count     integer CHECK (quantity_count > 0),
    ADD COLUMN quantity_unit      text CHECK (btrim(quantity_unit) <> ''),
    ADD COLUMN length_cm          numeric(8, 2) CHECK (length_cm > 0),
    ADD COLUMN width_cm           numeric(8, 2) CHECK (width_cm > 0),
    ADD COLUMN height_cm          numeric(8, 2) CHECK (height_cm > 0),
    ADD COLUMN dimensions_note    text,
    ADD COLUMN mass_kg            numeric(12, 3) CHECK (mass_kg > 0),
    ADD COLUMN condition          text CHECK (condition IN (
        'COMPLETE', 'BASICALLY_COMPLETE', 'INCOMPLETE', 'SEVERELY_INCOMPLETE')),
    ADD COLUMN preservation       text CHECK (preservation IN (
        'STABLE', 'NEEDS_REPAIR', 'URGENT_REPAIR', 'REPAIRED')),
    ADD COLUMN acquisition_method text CHECK (acquisition_method IN (
        'PURCHASE', 'DONATION', 'EXCHANGE', 'ALLOCATION', 'HANDOVER', 'OLD_COLLECTION',
        'EXCAVATION', 'FIELD_COLLECTION', 'SELECTION', 'OTHER')),
    ADD COLUMN acquisition_date   date,
    ADD COLUMN grade              text CHECK (grade IN (
        'GRADE_1', 'GRADE_2', 'GRADE_3', 'GENERAL', 'UNGRADED')),
    ADD COLUMN compiler_zh        text,
    ADD COLUMN compiler_en        text,
    ADD COLUMN edition            text,
    ADD COLUMN divisions_covered  text[] NOT NULL DEFAULT '{}'
        CHECK (array_to_string(divisions_covered, ',') ~ '^([1-8][0-9]{5}(,|$))*$'),
    ADD COLUMN images             jsonb NOT NULL DEFAULT '{"items": []}'
        CHECK (jsonb_typeof(images -> 'items') = 'array'),
    ADD COLUMN rights_zh          text,
    ADD COLUMN rights_en          text,
    ADD CONSTRAINT exhibit_census_no_unique UNIQUE (census_no),
    ADD CHECK ((quantity_count IS NULL) = (quantity_unit IS NULL)),
    ADD CHECK (acquisition_date IS NULL OR acquisition_method IS NOT NULL),
    ADD CHECK (category IN (
        'JADE_STONE', 'POTTERY', 'PORCELAIN', 'BRONZE', 'GOLD_SILVER', 'IRON_AND_OTHER_METALS',
        'LACQUER', 'SCULPTURE', 'STONE_CARVINGS_BRICKS', 'CALLIGRAPHY_PAINTING', 'STATIONERY',
        'ORACLE_BONES', 'SEALS_TALLIES', 'COINS', 'IVORY_BONE_HORN', 'BAMBOO_WOOD_CARVINGS',
        'FURNITURE', 'ENAMEL', 'TEXTILES_EMBROIDERY', 'ANCIENT_BOOKS', 'RUBBINGS', 'WEAPONS',
        'STAMPS', 'DOCUMENTS', 'ARCHIVES', 'CELEBRITY_RELICS', 'GLASS', 'INSTRUMENTS_RITUAL',
        'LEATHER', 'AUDIOVISUAL', 'NOTES_TICKETS', 'TRANSPORT', 'MEASURES', 'SPECIMENS_FOSSILS',
        'OTHER')),
    ADD CHECK (work_type IN (
        'GAZETTEER', 'YEARBOOK', 'ILLUSTRATED_GAZETTEER', 'MAP', 'ARCHIVE', 'JOURNAL', 'OTHER'));

-- Search now covers the compiler too (weighted like keywords), in both languages.
DROP INDEX exhibit_search;
ALTER TABLE exhibit DROP COLUMN search;
DROP FUNCTION exhibit_search_vector(text, text, text[], text, text, text);

CREATE FUNCTION exhibit_search_vector(title_zh text, title_en text, keywords text[],
                                      compiler_zh text, compiler_en text, dating_label text,
                                      description_zh text, description_en text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT setweight(to_tsvector('simple'::regconfig,
                             search_bigrams(coalesce(title_zh, '') || ' ' || coalesce(title_en, ''))),
                 'A')
    || setweight(to_tsvector('simple'::regconfig,
                             search_bigrams(coalesce(array_to_string(keywords, ' '), '') || ' '
                                            || coalesce(compiler_zh, '') || ' '
                                            || coalesce(compiler_en, '') || ' '
                                            || coalesce(dating_label, ''))), 'B')
    || setweight(to_tsvector('simple'::regconfig,
                             search_bigrams(coalesce(description_zh, '') || ' '
                                            || coalesce(description_en, ''))), 'C')
$$;

ALTER TABLE exhibit
    ADD COLUMN search tsvector GENERATED ALWAYS AS (
        exhibit_search_vector(title_zh, title_en, keywords, compiler_zh, compiler_en,
                              dating_label, description_zh, description_en)) STORED;

CREATE INDEX exhibit_search ON exhibit USING gin (search) WHERE status = 'PUBLISHED';

-- The demo records get the fields a curator would fill in.
UPDATE exhibit
SET compiler_zh = '四川省地方志编纂委员会',
    compiler_en = 'Sichuan Provincial Gazetteer Compilation Committee',
    material = 'PAPER',
    quantity_count = 1,
    quantity_unit = '册',
    condition = 'COMPLETE',
    preservation = 'STABLE',
    grade = 'UNGRADED',
    acquisition_method = 'HANDOVER',
    divisions_covered = ARRAY['510000']
WHERE demo AND museum_code = 'sichuan';

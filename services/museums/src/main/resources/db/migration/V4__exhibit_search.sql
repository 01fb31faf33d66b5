-- Full-text search over published exhibits that works for Chinese, in PostgreSQL itself: the
-- title, keywords, era and description as character bigrams (search_bigrams, from common's
-- migrations), weighted.

-- Title weighs most, then keywords and the era label, then the description. A function, so
-- that the generated column may use array_to_string (stable in general, immutable for text[]).
CREATE FUNCTION exhibit_search_vector(title_zh text, title_en text, keywords text[],
                                      dating_label text, description_zh text,
                                      description_en text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT setweight(to_tsvector('simple'::regconfig,
                             search_bigrams(coalesce(title_zh, '') || ' ' || coalesce(title_en, ''))),
                 'A')
    || setweight(to_tsvector('simple'::regconfig,
                             search_bigrams(coalesce(array_to_string(keywords, ' '), '') || ' '
                                            || coalesce(dating_label, ''))), 'B')
    || setweight(to_tsvector('simple'::regconfig,
                             search_bigrams(coalesce(description_zh, '') || ' '
                                            || coalesce(description_en, ''))), 'C')
$$;

ALTER TABLE exhibit
    ADD COLUMN search tsvector GENERATED ALWAYS AS (
        exhibit_search_vector(title_zh, title_en, keywords, dating_label, description_zh,
                              description_en)) STORED;

CREATE INDEX exhibit_search ON exhibit USING gin (search) WHERE status = 'PUBLISHED';

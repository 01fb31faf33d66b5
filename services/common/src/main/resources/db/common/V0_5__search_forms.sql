-- Search over the forms ChineseText (common) writes beside each record: its texts folded
-- (traditional and variant characters as simplified, lower case) in three weights, and the
-- pinyin key of its title or name. A table keeps them in search_a, search_b, search_c and
-- search_pinyin, and its generated search vector is search_vector(search_a, search_b, search_c).

-- Pinyin keys are matched as substrings (LIKE '%xiongmao%'), with trigram indexes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE FUNCTION search_vector(a text, b text, c text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT setweight(to_tsvector('simple'::regconfig, search_bigrams(coalesce(a, ''))), 'A')
    || setweight(to_tsvector('simple'::regconfig, search_bigrams(coalesce(b, ''))), 'B')
    || setweight(to_tsvector('simple'::regconfig, search_bigrams(coalesce(c, ''))), 'C')
$$;

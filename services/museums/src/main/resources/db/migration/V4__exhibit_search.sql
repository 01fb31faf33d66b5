-- Full-text search over published exhibits that works for Chinese, in PostgreSQL itself.
-- Chinese has no spaces between words, so text is indexed as overlapping character bigrams
-- (四川扶贫志 → 四川 川扶 扶贫 贫志) plus whole Latin words and numbers; a query becomes the
-- phrase of its own bigrams (扶贫志 → 扶贫 <-> 贫志), so 2-character queries use the index too.

CREATE FUNCTION search_bigrams(input text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
$$
SELECT coalesce(string_agg(token, ' ' ORDER BY run_no, pos), '')
FROM (SELECT r.run_no,
             g.pos,
             CASE
                 WHEN r.run ~ '^[a-z0-9]+$' OR char_length(r.run) = 1 THEN r.run
                 ELSE substr(r.run, g.pos, 2)
             END AS token
      FROM (SELECT row_number() OVER () AS run_no, m[1] AS run
            FROM regexp_matches(lower(input), '([\u3400-\u9fff\uf900-\ufaff]+|[a-z0-9]+)', 'g')
                     AS m) AS r,
           LATERAL generate_series(1, CASE
                                          WHEN r.run ~ '^[a-z0-9]+$' OR char_length(r.run) = 1
                                              THEN 1
                                          ELSE char_length(r.run) - 1
                                      END) AS g(pos)) AS tokens
$$;

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
